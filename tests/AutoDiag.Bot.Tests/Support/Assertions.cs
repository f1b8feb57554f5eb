namespace AutoDiag.Bot.Tests.Support;

public static class Assertions
{
    /// <summary>The reply that contains <paramref name="expected"/>: fails listing what the bot said instead.</summary>
    public static BotReply Said(this IReadOnlyList<BotReply> replies, string expected)
    {
        var reply = replies.FirstOrDefault(r => r.Text.Contains(expected, StringComparison.Ordinal));
        Assert.True(reply is not null, $"Expected the bot to say « {expected} », it said:\n{string.Join("\n---\n", replies.Select(r => r.Text))}");
        return reply!;
    }

    public static void DidNotSay(this IReadOnlyList<BotReply> replies, string unexpected) =>
        Assert.DoesNotContain(replies, r => r.Text.Contains(unexpected, StringComparison.Ordinal));

    /// <summary>The last message of a turn is the question the bot is waiting on.</summary>
    public static BotReply Question(this IReadOnlyList<BotReply> replies)
    {
        Assert.NotEmpty(replies);
        return replies[^1];
    }
}
