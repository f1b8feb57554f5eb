using AutoDiag.Bot.Tests.Support;

namespace AutoDiag.Bot.Tests.MultiInstance;

/// <summary>
/// One Teams conversation (same conversation id, same user) whose messages a load balancer sends to the
/// instances in turn. Activity ids are the channel's, unique in the conversation whichever instance gets them.
/// </summary>
public sealed class LoadBalancedConversation
{
    private readonly TestConversation[] instances;
    private readonly string activityPrefix;
    private int turn;

    public LoadBalancedConversation(IReadOnlyList<BotTestHost> hosts, string userId, string? conversationId = null, string activityPrefix = "t")
    {
        conversationId ??= $"conv-{Guid.NewGuid():N}";
        instances = hosts.Select(h => h.Conversation(userId, conversationId)).ToArray();
        TurnsOn = new int[instances.Length];
        this.activityPrefix = activityPrefix;
    }

    /// <summary>Every reply, whichever instance gave it.</summary>
    public List<BotReply> Transcript { get; } = [];

    /// <summary>How many turns each instance took.</summary>
    public int[] TurnsOn { get; }

    /// <summary>The next message, to the next instance.</summary>
    public async Task<IReadOnlyList<BotReply>> SayAsync(string text, string? activityId = null)
    {
        var index = turn++ % instances.Length;
        var replies = await instances[index].SayAsync(text, activityId ?? $"{activityPrefix}{turn}");
        TurnsOn[index]++;
        lock (Transcript)
        {
            Transcript.AddRange(replies);
        }
        return replies;
    }

    /// <summary>The channel delivers an activity again, to the instance that did not get it last.</summary>
    public Task<IReadOnlyList<BotReply>> RedeliverAsync(string text, string activityId) => SayAsync(text, activityId);
}
