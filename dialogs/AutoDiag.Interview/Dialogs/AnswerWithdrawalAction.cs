using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Retirer » on an answer's acknowledgement: the answer is withdrawn, its card says so where the channel can replace
/// it, and the élu is told; the question asked again is the one the stored answers now lead to.
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

        await CardReplacement.TryReplaceAsync(context, MessageFactory.Attachment(AnswerWithdrawalCard.Withdrawn()), logger, ct);
        await context.SendActivityAsync(
            withdrawn.RiskThemes.Count == 0 ? InterviewTexts.AnswerWithdrawn : InterviewTexts.AnswerWithdrawnWithRisks(formatter.ShortLabels(withdrawn.RiskThemes)),
            cancellationToken: ct);
        return new AcknowledgementOutcome(withdrawn.RespondentId);
    }
}
