using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// Stores a described answer — a difficulty or a resource — and acknowledges it: the themes recognised, with their
/// correction and the answer's withdrawal one tap away, then what was cut or masked. The interview and an addition to a
/// complete état des lieux record the same way.
/// </summary>
public sealed class TextAnswerRecorder(InterviewService interview, RecapFormatter formatter, ThemeCatalog themes, ILogger<TextAnswerRecorder> logger)
{
    /// <summary>How many of the last words kept a truncated answer's notice quotes.</summary>
    private const int TruncationEndWords = 6;

    /// <summary>Where an answer came from, for its redelivery check: activity ids are unique within a conversation only.</summary>
    public static string SourceOf(IActivity activity) =>
        $"{activity.Conversation?.Id}|{activity.Id ?? Guid.NewGuid().ToString("N")}";

    /// <param name="typed">Already accepted by <see cref="AnswerText.TryCreate"/>.</param>
    /// <param name="questionThemeId">The theme the question was about, if it asked about one.</param>
    /// <returns>What was stored, with the text as masked.</returns>
    public async Task<RecordedAnswer> RecordAsync(
        ITurnContext context, ParticipantProfile respondent, ParticipantProfile typist, int communeId, AnswerKind kind, string typed,
        string activityId, string? questionThemeId, CancellationToken ct)
    {
        var (recorded, text) = await StoreAsync(respondent, typist, communeId, kind, typed, activityId, questionThemeId, ct);
        await context.SendActivityAsync(Acknowledgement(recorded, InterviewTexts.Acknowledged(formatter.ShortLabels(recorded.ThemeIds))), ct);
        await SendNoticesAsync(context, recorded, text, ct);
        return recorded;
    }

    /// <summary>
    /// Added from an offer (<see cref="AdditionOffer"/>), not given to the question asked: the acknowledgement takes the
    /// offer's place, so that one line, where the élu tapped, says what was added — below only where the channel cannot
    /// replace a message.
    /// </summary>
    /// <returns>Whether all of it was said in the offer's place.</returns>
    public async Task<bool> RecordOfferedAsync(
        ITurnContext context, ParticipantProfile respondent, ParticipantProfile typist, int communeId, AnswerKind kind, string typed,
        string source, CancellationToken ct)
    {
        var (recorded, text) = await StoreAsync(respondent, typist, communeId, kind, typed, source, questionThemeId: null, ct);
        var commune = respondent.Communes.First(c => c.Id == communeId).Name;
        var card = Acknowledgement(recorded, InterviewTexts.AddedAcknowledged(kind, commune, formatter.ShortLabels(recorded.ThemeIds)));
        var replaced = await CardReplacement.SayInPlaceAsync(context, card, card, logger, ct);
        return !await SendNoticesAsync(context, recorded, text, ct) && replaced;
    }

    private async Task<(RecordedAnswer Recorded, AnswerText Text)> StoreAsync(
        ParticipantProfile respondent, ParticipantProfile typist, int communeId, AnswerKind kind, string typed,
        string activityId, string? questionThemeId, CancellationToken ct)
    {
        AnswerText.TryCreate(typed, out var text);
        return (await interview.RecordAnswerAsync(respondent, communeId, kind, text!, activityId, questionThemeId, typist, ct), text!);
    }

    /// <summary>The themes recognised, with their correction and the answer's withdrawal one tap away.</summary>
    private IMessageActivity Acknowledgement(RecordedAnswer recorded, string text) =>
        MessageFactory.Attachment(ThemeCorrectionCard.Create(text, recorded.AnswerId, recorded.ThemeIds.ToList(), themes));

    /// <summary>What was cut or masked, if anything.</summary>
    /// <returns>Whether anything was said.</returns>
    private static async Task<bool> SendNoticesAsync(ITurnContext context, RecordedAnswer recorded, AnswerText text, CancellationToken ct)
    {
        if (recorded.WasTruncated)
        {
            await context.SendActivityAsync(
                InterviewTexts.Truncated(text.Value.Length, LongText.LastWords(recorded.Masking?.Text ?? string.Empty, TruncationEndWords)), cancellationToken: ct);
        }
        var masked = PrivacyTexts.Masked(recorded.Masking);
        await SendMaskedNoticeAsync(context, masked, ct);
        return recorded.WasTruncated || masked is not null;
    }

    public static async Task SendMaskedNoticeAsync(ITurnContext context, string? notice, CancellationToken ct)
    {
        if (notice is not null)
        {
            await context.SendActivityAsync(notice, cancellationToken: ct);
        }
    }
}
