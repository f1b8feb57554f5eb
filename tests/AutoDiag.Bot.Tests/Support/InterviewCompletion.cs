namespace AutoDiag.Bot.Tests.Support;

public static class InterviewCompletion
{
    /// <summary>
    /// Answers each question as it comes — a risk level, « Rien à signaler » for a theme not mentioned, one difficulty for a
    /// commune not started, « J'ai terminé » for the rest — until the bot says <paramref name="until"/>.
    /// </summary>
    /// <param name="replies">What the bot said last: its question is the first answered.</param>
    public static async Task<IReadOnlyList<BotReply>> AnswerUntilAsync(
        this TestConversation conversation, IReadOnlyList<BotReply> replies, string until, string riskLevel = "élevé", string nothingToReport = "Rien à signaler")
    {
        for (var turn = 0; turn < 40 && !replies.Any(r => r.Text.Contains(until, StringComparison.Ordinal)); turn++)
        {
            var asked = replies.Question().Text;
            replies = await conversation.SayAsync(
                asked.Contains("quel est le risque", StringComparison.Ordinal) ? riskLevel
                : asked.Contains("Rien n'est noté sur le thème", StringComparison.Ordinal) ? nothingToReport
                : asked.Contains("Quelles difficultés", StringComparison.Ordinal) ? "Beaucoup de familles au RSA"
                : "J'ai terminé");
        }
        replies.Said(until);
        return replies;
    }
}
