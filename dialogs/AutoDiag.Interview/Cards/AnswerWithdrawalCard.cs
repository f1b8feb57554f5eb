using System.Globalization;
using AutoDiag.Interview.Texts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// « Retirer cette réponse » on an answer's acknowledgement: one tap unfolds what it does, a second withdraws the
/// answer — two taps, so that a slip of the thumb on a phone takes nothing away.
/// </summary>
public static class AnswerWithdrawalCard
{
    public const string WithdrawAnswerAction = "withdrawAnswer";

    public static JObject ForAnswer(long answerId) =>
        AdaptiveCard.ShowCard(
            InterviewTexts.WithdrawAnswer,
            [AdaptiveCard.Text(InterviewTexts.WithdrawAnswerHelp, subtle: true)],
            [AdaptiveCard.Submit(InterviewTexts.WithdrawAnswerSubmit,
                CardActions.Data(WithdrawAnswerAction, (ThemeCorrectionCard.AnswerIdField, answerId.ToString(CultureInfo.InvariantCulture))))]);

    /// <summary>An acknowledgement with only its withdrawal (« Rien à signaler », which has no themes to correct).</summary>
    public static Attachment WithWithdrawal(string acknowledgement, long answerId) =>
        AdaptiveCard.Create([AdaptiveCard.Text(acknowledgement)], [ForAnswer(answerId)]);

    public static bool IsWithdrawal(object? value) => CardActions.Of(value) == WithdrawAnswerAction;

    /// <summary>The answer to withdraw; false when the submit was tampered with.</summary>
    public static bool TryRead(JObject submit, out long answerId) =>
        long.TryParse(submit.Text(ThemeCorrectionCard.AnswerIdField), NumberStyles.None, CultureInfo.InvariantCulture, out answerId);

    /// <summary>What the acknowledgement becomes once its answer is withdrawn: what was done, and nothing left to tap.</summary>
    public static Attachment Withdrawn(string said) => AdaptiveCard.Create([AdaptiveCard.Text(said, subtle: true)], []);
}
