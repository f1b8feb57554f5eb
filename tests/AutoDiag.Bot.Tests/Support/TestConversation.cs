using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>Plays a user's side of a Teams personal chat and collects what the bot answers to each message.</summary>
public sealed class TestConversation
{
    private readonly IBot bot;
    private readonly TestAdapter adapter;
    private int nextActivityId;

    public TestConversation(IBot bot, IMiddleware turnMiddleware, string userId, string conversationId, string userName, string conversationType)
    {
        this.bot = bot;
        var reference = new ConversationReference
        {
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://test.local",
            User = new ChannelAccount(id: $"29:{userId}", name: userName, aadObjectId: userId),
            Bot = new ChannelAccount(id: "28:autodiag", name: "AutoDiag social"),
            Conversation = new ConversationAccount(isGroup: conversationType != "personal", id: conversationId, conversationType: conversationType),
            Locale = "fr-FR",
        };
        adapter = new TestAdapter(reference);
        adapter.Use(new KeepActivityIdMiddleware());
        adapter.Use(new RecordingUpdatesMiddleware(Updates));
        adapter.Use(turnMiddleware);
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    /// <summary>The messages the bot replaced, as they became, in order.</summary>
    public List<BotReply> Updates { get; } = [];

    /// <summary>Every reply of the conversation so far.</summary>
    public List<BotReply> Transcript { get; } = [];

    public Task<IReadOnlyList<BotReply>> JoinAsync()
    {
        var update = Activity.CreateConversationUpdateActivity();
        update.MembersAdded = [adapter.Conversation.User];
        return SendAsync((Activity)update);
    }

    public Task<IReadOnlyList<BotReply>> SayAsync(string text, string? activityId = null)
    {
        var message = adapter.MakeActivity(text);
        message.Id = activityId ?? NextId();
        return SendAsync(message);
    }

    /// <summary>An Adaptive Card Action.Submit: a message with a value and no text.</summary>
    /// <param name="card">The message whose card was submitted, as Teams names it in <c>replyToId</c>.</param>
    public Task<IReadOnlyList<BotReply>> SubmitAsync(object value, BotReply? card = null)
    {
        var message = adapter.MakeActivity();
        message.Id = NextId();
        message.ReplyToId = card?.Activity.Id;
        message.Value = JObject.FromObject(value);
        return SendAsync(message);
    }

    private string NextId() => $"m{++nextActivityId}";

    private async Task<IReadOnlyList<BotReply>> SendAsync(Activity activity)
    {
        KeepActivityIdMiddleware.Remember(activity);
        activity.ChannelId = Channels.Msteams;
        activity.Conversation ??= adapter.Conversation.Conversation;
        activity.From ??= adapter.Conversation.User;
        activity.Recipient ??= adapter.Conversation.Bot;
        activity.ServiceUrl ??= adapter.Conversation.ServiceUrl;
        await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);

        var replies = new List<BotReply>();
        while (adapter.GetNextReply() is { } reply)
        {
            if (reply.Type == ActivityTypes.Message)
            {
                replies.Add(new BotReply((IMessageActivity)reply));
            }
        }
        Transcript.AddRange(replies);
        return replies;
    }
}
