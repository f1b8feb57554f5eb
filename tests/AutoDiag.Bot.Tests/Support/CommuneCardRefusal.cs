using Microsoft.Extensions.Logging;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>What a communes card submitted with a commune it did not offer must lead to, in any dialog that asks for communes.</summary>
internal static class CommuneCardRefusal
{
    /// <param name="refused">The refusal's log line up to the participant: « Refused Invite (InviteDialog ».</param>
    /// <param name="role">The participant's role at the end of the log line, or null for someone not registered yet.</param>
    public static void Should_refuse_a_commune_the_card_did_not_offer(this IReadOnlyList<BotReply> replies, BotTestHost host, string refused, string? role)
    {
        replies.Said("Cette liste contient une commune qui n'est pas dans votre intercommunalité.");
        Assert.Contains("Merville", replies.Question().CardChoices);
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning
            && log.Message.StartsWith($"{refused}: a commune the card did not offer) to participant", StringComparison.Ordinal)
            && (role is null || log.Message.EndsWith($"({role})", StringComparison.Ordinal)));
    }
}
