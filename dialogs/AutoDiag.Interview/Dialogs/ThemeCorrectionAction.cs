using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Corriger les thèmes » on an answer's acknowledgement or in a consultant's listing: the answer's themes become the
/// ones ticked, and the card they were ticked on shows them.
/// </summary>
public sealed class ThemeCorrectionAction(
    CurrentParticipant currentParticipant,
    ThemeCorrectionService corrections,
    ReviewDialog review,
    RecapFormatter formatter,
    ThemeCatalog themes,
    ILogger<ThemeCorrectionAction> logger)
    : IAcknowledgementAction
{
    public bool Handles(ITurnContext context) => ThemeCorrectionCard.IsCorrection(context.Activity.Value);

    public async Task<AcknowledgementOutcome> RunAsync(ITurnContext context, CancellationToken ct)
    {
        var participant = await currentParticipant.GetAsync(context, ct);
        if (participant is null || !ThemeCorrectionCard.TryRead((JObject)context.Activity.Value, themes, out var answerId, out var themeIds))
        {
            await context.SendActivityAsync(InterviewTexts.AnswerNotFound, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }
        if (themeIds.Count == 0)
        {
            await context.SendActivityAsync(InterviewTexts.NoThemeChecked, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        try
        {
            var corrected = await corrections.CorrectAsync(participant, answerId, themeIds, ct);
            await ReplaceCorrectedCardAsync(context, participant, answerId, corrected.ThemeIds, ct);
            var labels = formatter.ShortLabels(corrected.ThemeIds);
            await context.SendActivityAsync(
                corrected.RiskThemes.Count == 0
                    ? InterviewTexts.ThemesCorrected(labels)
                    : InterviewTexts.ThemesCorrectedWithRisks(labels, formatter.ShortLabels(corrected.RiskThemes)),
                cancellationToken: ct);
            return new AcknowledgementOutcome(corrected.LeadsInterview ? corrected.RespondentId : null);
        }
        catch (Exception e) when (e is AnswerAccessException or AccessDeniedException)
        {
            // Not found and not allowed read the same: nothing tells whether the answer exists. A listing still showing
            // it (withdrawn by its élu since the card was sent) is shown as it is now.
            var submit = (JObject)context.Activity.Value;
            var refreshed = ReviewDialog.IsFromListing(submit) && context.Activity.ReplyToId is { Length: > 0 }
                ? await review.ListingAfterCorrectionAsync(participant, submit, ct)
                : null;
            await CardReplacement.TryReplaceAsync(context, refreshed, logger, ct);
            await context.SendActivityAsync(
                refreshed is null ? InterviewTexts.AnswerNotFound : InterviewTexts.AnswerNotFoundListingRefreshed, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }
    }

    /// <summary>
    /// The card the correction was made from is replaced, so that it no longer shows the old themes: a consultant's
    /// listing by itself as it is now (an answer that left the theme leaves it), an answer's acknowledgement by the
    /// acknowledgement of the corrected themes. Where the channel cannot replace a message, the correction's own
    /// message says enough.
    /// </summary>
    private async Task ReplaceCorrectedCardAsync(
        ITurnContext context, ParticipantProfile viewer, long answerId, IReadOnlyList<string> corrected, CancellationToken ct)
    {
        if (context.Activity.ReplyToId is not { Length: > 0 })
        {
            return;
        }
        var submit = (JObject)context.Activity.Value;
        var card = ReviewDialog.IsFromListing(submit)
            ? await review.ListingAfterCorrectionAsync(viewer, submit, ct)
            : MessageFactory.Attachment(ThemeCorrectionCard.Create(
                InterviewTexts.Acknowledged(formatter.ShortLabels(corrected)), answerId, corrected, themes));
        await CardReplacement.TryReplaceAsync(context, card, logger, ct);
    }
}
