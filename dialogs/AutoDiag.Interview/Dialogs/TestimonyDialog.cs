using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « témoignage »: the consultant records what a local or institutional actor said (phase 2), one card per
/// structure, and corrects its themes. Each click carries the whole card, so the dialog keeps no state.
/// </summary>
public sealed class TestimonyDialog(
    CurrentParticipant currentParticipant, AccessPolicy access,
    TestimonyService testimonies,
    RecapFormatter formatter,
    ThemeCatalog themes,
    ILogger<TestimonyDialog> logger)
    : ConsultantDialog(nameof(TestimonyDialog), currentParticipant, access, TestimonyTexts.NotAllowed)
{
    protected override async Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken)
    {
        var submit = options as JObject;
        return CardActions.Of(submit) switch
        {
            CardActions.RecordTestimony => await RecordAsync(viewer, submit!, cancellationToken),
            CardActions.CorrectTestimonyThemes => await CorrectAsync(context, viewer, submit!, cancellationToken),
            _ => await NewCardAsync(viewer, cancellationToken),
        };
    }

    private async Task<IActivity> NewCardAsync(ParticipantProfile viewer, CancellationToken ct)
    {
        var heard = await testimonies.ListAsync(viewer, viewer.IntercommunalityId, ct);
        var header = new List<JObject> { AdaptiveCard.Text(TestimonyTexts.Intro) };
        if (heard.Count > 0)
        {
            header.Add(AdaptiveCard.Text(TestimonyTexts.AlreadyHeard(heard.Select(t => CardText.Plain(t.Structure)).ToList()), subtle: true));
        }
        return MessageFactory.Attachment(TestimonyCard.Create(header, typed: null));
    }

    private async Task<IActivity> RecordAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        var input = TestimonyCard.Read(submit);
        var result = await testimonies.RecordAsync(viewer, viewer.IntercommunalityId, input, ct);
        if (result.Testimony is not { } testimony)
        {
            // Explained, and the card given back as typed: nothing is lost.
            var retry = MessageFactory.Attachment(TestimonyCard.Create([], input));
            retry.Text = ProblemText(result.Problem);
            return retry;
        }

        var count = (await testimonies.ListAsync(viewer, viewer.IntercommunalityId, ct)).Count;
        var recorded = RecordedCard(testimony, count);
        recorded.Text = PrivacyTexts.Masked(result.Masked, PrivacyTexts.Testimony);
        return recorded;
    }

    /// <summary>The acknowledgement card of a témoignage as it is now (after a correction of its themes), or null when gone.</summary>
    private async Task<IMessageActivity?> RecordedCardAsync(ParticipantProfile viewer, int testimonyId, CancellationToken ct)
    {
        var heard = await testimonies.ListAsync(viewer, viewer.IntercommunalityId, ct);
        return heard.FirstOrDefault(t => t.Id == testimonyId) is { } testimony ? RecordedCard(testimony, heard.Count) : null;
    }

    private IMessageActivity RecordedCard(TestimonyView testimony, int count) => MessageFactory.Attachment(TestimonyCard.Recorded(
        TestimonyTexts.Recorded(CardText.Plain(testimony.Structure), formatter.ShortLabels(testimony.Themes), count), testimony, themes));

    private async Task<IActivity> CorrectAsync(ITurnContext context, ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        if (!ThemeCorrectionCard.TryReadTestimony(submit, themes, out var testimonyId, out var themeIds))
        {
            return MessageFactory.Text(TestimonyTexts.NotFound);
        }
        if (themeIds.Count == 0)
        {
            return MessageFactory.Text(InterviewTexts.NoThemeChecked);
        }

        try
        {
            var corrected = await testimonies.CorrectThemesAsync(viewer, testimonyId, themeIds, ct);
            await CardReplacement.TryReplaceAsync(context, await RecordedCardAsync(viewer, testimonyId, ct), logger, ct);
            return MessageFactory.Text(TestimonyTexts.ThemesCorrected(formatter.ShortLabels(corrected)));
        }
        catch (AccessDeniedException)
        {
            // Not found and not allowed read the same.
            return MessageFactory.Text(TestimonyTexts.NotFound);
        }
    }

    private static string ProblemText(TestimonyProblem problem) => problem switch
    {
        TestimonyProblem.StructureMissing => TestimonyTexts.StructureMissing,
        TestimonyProblem.StructureTooLong => TestimonyTexts.StructureTooLong(TestimonyService.StructureMaxLength),
        TestimonyProblem.TextTooLong => TestimonyTexts.TextTooLong(TestimonyService.TextMaxLength),
        _ => TestimonyTexts.NothingSaid,
    };
}
