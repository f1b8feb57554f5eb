using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Changer le niveau » on a risk level's acknowledgement: the level is changed (its reason stays), the card shows the
/// new one where the channel can replace it, and the élu is told.
/// </summary>
public sealed class RiskChangeAction(
    CurrentParticipant currentParticipant, RiskLevelChangeService changes, ParticipantDirectory participants, ThemeCatalog themes,
    RecapFormatter formatter, ILogger<RiskChangeAction> logger)
    : IAcknowledgementAction
{
    public bool Handles(ITurnContext context) => RiskChangeCard.IsChange(context.Activity.Value);

    public async Task<AcknowledgementOutcome> RunAsync(ITurnContext context, CancellationToken ct)
    {
        var submit = (JObject)context.Activity.Value;
        if (!RiskChangeCard.TryRead(submit, out var respondentId, out var communeId, out var themeId, out var chosen)
            || !themes.All.Any(t => t.Id == themeId))
        {
            await context.SendActivityAsync(InterviewTexts.RiskNotFound, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }
        if (!TypedRiskLevel.TryParseCardValue(chosen, out var level))
        {
            await context.SendActivityAsync(InterviewTexts.RiskLevelRequired, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        var participant = await currentParticipant.GetAsync(context, ct);
        var outcome = participant is null
            ? RiskLevelChangeService.Outcome.NotFound
            : await changes.ChangeAsync(participant, respondentId, communeId, themeId, level, ct);
        if (outcome == RiskLevelChangeService.Outcome.NotFound)
        {
            await context.SendActivityAsync(InterviewTexts.RiskNotFound, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        var (levelName, theme) = (InterviewTexts.RiskLevelName(level), formatter.ShortLabels([themeId])[0]);
        // From the card of any commune; a consultant typing for an élu covers no commune, the élu does.
        var commune = (participant!.Communes.FirstOrDefault(c => c.Id == communeId)
            ?? (await participants.GetAsync(respondentId, ct))?.Communes.FirstOrDefault(c => c.Id == communeId))?.Name ?? string.Empty;
        if (outcome == RiskLevelChangeService.Outcome.AlreadyThatLevel)
        {
            await context.SendActivityAsync(InterviewTexts.RiskUnchanged(levelName, theme, commune), cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        var changed = InterviewTexts.RiskChanged(levelName, theme, commune);
        if (RiskChangeCard.IsFromOffer(submit))
        {
            // The offer becomes the change, with its own « Changer le niveau »: said once, where the élu tapped.
            var inPlace = RiskChangeCard.Create(changed, respondentId, communeId, themeId, theme, level);
            var below = MessageFactory.Text(changed, inputHint: InputHints.AcceptingInput);
            return new AcknowledgementOutcome(
                SaidInPlace: await CardReplacement.SayInPlaceAsync(context, MessageFactory.Attachment(inPlace), below, logger, ct));
        }

        var acknowledgement = RiskChangeCard.Create(InterviewTexts.RiskAcknowledged(levelName, theme), respondentId, communeId, themeId, theme, level);
        await CardReplacement.TryReplaceAsync(context, MessageFactory.Attachment(acknowledgement), logger, ct);
        await context.SendActivityAsync(changed, cancellationToken: ct);
        return AcknowledgementOutcome.Said;
    }
}
