using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// Channels redeliver an activity when they did not see our answer in time. A message whose turn
/// already completed is not processed again, so it never records an answer twice nor moves the
/// interview on by one question.
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
        if (await log.ContainsAsync(key, cancellationToken))
        {
            logger.LogInformation("Activity {ActivityId} of conversation {ConversationId} was redelivered; ignored.", activity.Id, activity.Conversation.Id);
            return;
        }

        await next(cancellationToken);
        await log.AddAsync(key, cancellationToken);
    }
}
