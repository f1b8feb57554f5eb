using AutoDiag.Knowledge.Reminders;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AutoDiag.Bot.Reminders;

/// <summary>
/// Proactive messages through the bot's own adapter: <c>ContinueConversationAsync</c> with the bot's app id
/// (<c>MicrosoftAppId</c>, empty in local mode) opens a turn on the stored conversation and the message goes out
/// through the connector, authenticated like every reply.
/// </summary>
public sealed class AdapterReminderChannel(IBotFrameworkHttpAdapter adapter, IConfiguration configuration) : IReminderChannel
{
    private readonly string botAppId = configuration["MicrosoftAppId"] ?? string.Empty;

    public async Task SendAsync(string conversationReference, string text, CancellationToken ct)
    {
        var reference = JsonConvert.DeserializeObject<ConversationReference>(conversationReference)
            ?? throw new ArgumentException("Not a conversation reference.", nameof(conversationReference));
        var botAdapter = adapter as BotAdapter
            ?? throw new InvalidOperationException($"{adapter.GetType().Name} cannot send proactive messages.");

        // The turn runs through the adapter's middleware, whose error handler would swallow a failure (and clear the
        // élu's dialog state). The failure is caught here instead, at the send itself (replies may be held until the
        // end of the turn, StateConflictRetryMiddleware), and thrown to the caller once the turn is over.
        Exception? failure = null;
        await botAdapter.ContinueConversationAsync(botAppId, reference, async (turnContext, token) =>
        {
            turnContext.OnSendActivities(async (_, activities, next) =>
            {
                // A new message in the conversation (SendToConversation), not a reply to the continuation event.
                activities.ForEach(a => a.ReplyToId = null);
                try
                {
                    return await next();
                }
                catch (Exception e)
                {
                    failure ??= e;
                    return [];
                }
            });
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(text), token);
            }
            catch (Exception e)
            {
                failure ??= e;
            }
        }, ct);

        if (failure is not null)
        {
            throw new InvalidOperationException($"The reminder to conversation {reference.Conversation?.Id} was not delivered.", failure);
        }
    }
}
