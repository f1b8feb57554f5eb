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
    /// <param name="fromOffer">
    /// Added from an offer (<see cref="AdditionOffer"/>), not given to the question asked: the acknowledgement takes the
    /// offer's place, so that one line, where the élu tapped, says what was added — below only where the channel cannot
    /// replace a message.
    /// </param>
    /// <returns>What was stored, with the text as masked.</returns>
    public async Task<RecordedAnswer> RecordAsync(
        ITurnContext context, ParticipantProfile respondent, ParticipantProfile typist, int communeId, AnswerKind kind, string typed,
        string activityId, string? questionThemeId, bool fromOffer, CancellationToken ct)
    {
        AnswerText.TryCreate(typed, out var text);
        var recorded = await interview.RecordAnswerAsync(respondent, communeId, kind, text!, activityId, questionThemeId, typist, ct);
        var labels = formatter.ShortLabels(recorded.ThemeIds);
        var acknowledgement = fromOffer
            ? InterviewTexts.AddedAcknowledged(kind, respondent.Communes.First(c => c.Id == communeId).Name, labels)
            : InterviewTexts.Acknowledged(labels);
        var card = MessageFactory.Attachment(ThemeCorrectionCard.Create(acknowledgement, recorded.AnswerId, recorded.ThemeIds.ToList(), themes));
        if (!fromOffer || !await CardReplacement.TryReplaceAsync(context, card, logger, ct))
        {
            await context.SendActivityAsync(card, ct);
        }
        if (recorded.WasTruncated)
        {
            await context.SendActivityAsync(
                InterviewTexts.Truncated(text!.Value.Length, LongText.LastWords(recorded.Masking?.Text ?? string.Empty, TruncationEndWords)), cancellationToken: ct);
        }
        await SendMaskedNoticeAsync(context, PrivacyTexts.Masked(recorded.Masking), ct);
        return recorded;
    }

    public static async Task SendMaskedNoticeAsync(ITurnContext context, string? notice, CancellationToken ct)
    {
        if (notice is not null)
        {
            await context.SendActivityAsync(notice, cancellationToken: ct);
        }
    }
}
