using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Retirer » on an answer's acknowledgement: the answer is withdrawn and its card says so, or a message below where the
/// channel cannot replace it; the question is asked again when the stored answers now lead to another.
/// </summary>
public sealed class AnswerWithdrawalAction(
    CurrentParticipant currentParticipant, AnswerWithdrawalService withdrawals, RecapFormatter formatter, ILogger<AnswerWithdrawalAction> logger)
    : IAcknowledgementAction
{
    public bool Handles(ITurnContext context) => AnswerWithdrawalCard.IsWithdrawal(context.Activity.Value);

    public async Task<AcknowledgementOutcome> RunAsync(ITurnContext context, CancellationToken ct)
    {
        var participant = await currentParticipant.GetAsync(context, ct);
        if (participant is null || !AnswerWithdrawalCard.TryRead((JObject)context.Activity.Value, out var answerId))
        {
            await context.SendActivityAsync(InterviewTexts.AnswerNotFound, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        WithdrawnAnswer withdrawn;
        try
        {
            withdrawn = await withdrawals.WithdrawAsync(participant, answerId, ct);
        }
        catch (AnswerAccessException)
        {
            // Withdrawn already (a second tap) or not theirs: nothing tells which.
            await context.SendActivityAsync(InterviewTexts.AnswerNotFound, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        var said = withdrawn.RiskThemes.Count == 0
            ? InterviewTexts.AnswerWithdrawn
            : InterviewTexts.AnswerWithdrawnWithRisks(formatter.ShortLabels(withdrawn.RiskThemes));
        var below = MessageFactory.Text(said, inputHint: InputHints.AcceptingInput);
        var inPlace = await CardReplacement.SayInPlaceAsync(context, MessageFactory.Attachment(AnswerWithdrawalCard.Withdrawn(said)), below, logger, ct);
        return new AcknowledgementOutcome(withdrawn.RespondentId, inPlace);
    }
}
