using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// Channels redeliver an activity when they did not see our answer in time, possibly to another instance.
/// A message is claimed in the database before its turn runs (an insert on a unique key: atomic across
/// instances), so a redelivery — whether the first turn completed or still runs elsewhere — is ignored, and
/// never records an answer twice nor moves the interview on by one question. A turn that fails gives its claim
/// back, so the channel's next redelivery is processed. (A process killed in the middle of a turn keeps the
/// claim: that one message goes unanswered and the élu sends it again; the dialog state was not saved.)
/// </summary>
public sealed class RedeliveryGuardMiddleware(ProcessedActivityLog log, ILogger<RedeliveryGuardMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is null)
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}|{activity.Conversation.Id}|{activity.Id}";
        if (!await log.TryClaimAsync(key, cancellationToken))
        {
            logger.LogInformation("Activity {ActivityId} of conversation {ConversationId} was redelivered; ignored.", activity.Id, activity.Conversation.Id);
            return;
        }

        try
        {
            await next(cancellationToken);
        }
        catch
        {
            try
            {
                await log.ReleaseAsync(key, CancellationToken.None);
            }
            catch (Exception releaseError)
            {
                logger.LogError(releaseError, "Could not give back the claim on activity {ActivityId}", activity.Id);
            }
            throw;
        }
    }
}
