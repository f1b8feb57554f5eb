using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « non en fait c'est modéré » typed at the next question: the élu goes back on the level given last, which is named
/// with its change one tap away (<see cref="RiskChangeAction"/> does it). Nothing is recorded for the question open.
/// </summary>
public sealed class RiskChangeOffer(
    CurrentParticipant currentParticipant, RiskLevelChangeService changes, ParticipantDirectory participants, RecapFormatter formatter)
{
    /// <param name="level">The level typed.</param>
    /// <returns>What to say before the question again.</returns>
    public async Task<IActivity> ForAsync(ITurnContext context, RiskLevel level, CancellationToken ct)
    {
        if (await currentParticipant.GetAsync(context, ct) is not { } typist || await changes.GetLastGivenAsync(typist, ct) is not { } given)
        {
            return MessageFactory.Text(InterviewTexts.NoRiskToChange);
        }

        var theme = formatter.ShortLabels([given.ThemeId])[0];
        // A secrétaire's communes are the élu's she types for, most often; the élu's own list says it otherwise.
        var commune = (typist.Communes.FirstOrDefault(c => c.Id == given.CommuneId)
            ?? (await participants.GetAsync(given.RespondentId, ct))?.Communes.FirstOrDefault(c => c.Id == given.CommuneId))?.Name ?? string.Empty;
        var (givenName, levelName) = (InterviewTexts.RiskLevelName(given.Level), InterviewTexts.RiskLevelName(level));
        return given.Level == level
            ? MessageFactory.Text(InterviewTexts.RiskUnchanged(levelName, theme, commune))
            : MessageFactory.Attachment(RiskChangeCard.CreateOffer(InterviewTexts.RiskChangeOffer(givenName, theme, commune, levelName), given, level));
    }
}
