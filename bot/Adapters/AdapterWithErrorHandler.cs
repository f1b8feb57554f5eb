using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;

namespace AutoDiag.Bot.Adapters;

/// <summary>
/// The CloudAdapter, with our middleware and an error handler that logs, tells the user in French,
/// and clears the broken dialog state so that the next message works. Answers already recorded stay:
/// they live in the database, not in the dialog state.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    internal const string ErrorMessage =
        "Désolé, quelque chose s'est mal passé de mon côté. Vos réponses déjà enregistrées sont conservées : écrivez « reprendre » pour continuer.";

    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ILogger<IBotFrameworkHttpAdapter> logger,
        ConversationState conversationState,
        AutoDiagTurnMiddleware middleware)
        : base(auth, logger)
    {
        foreach (var step in middleware.InOrder)
        {
            Use(step);
        }

        OnTurnError = async (turnContext, exception) =>
        {
            logger.LogError(exception, "Unhandled error in conversation {ConversationId}", turnContext.Activity.Conversation?.Id);
            try
            {
                await turnContext.SendActivityAsync(ErrorMessage);
                await turnContext.TraceActivityAsync("OnTurnError Trace", exception.Message, "https://www.botframework.com/schemas/error", "TurnError");
            }
            catch (Exception sendError)
            {
                logger.LogError(sendError, "Could not tell the user about the error");
            }

            if (exception is StateConflictException)
            {
                // Other turns kept saving this conversation through every retry (StateConflictRetryMiddleware):
                // their state is sound, keep it.
                return;
            }

            try
            {
                await conversationState.DeleteAsync(turnContext);
            }
            catch (Exception deleteError)
            {
                logger.LogError(deleteError, "Could not clear the conversation state after an error");
            }
        };
    }
}
