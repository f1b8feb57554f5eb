using System.Text.Json;
using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Rest;
using Polly;

namespace AutoDiag.Bot.Adapters;

/// <summary>
/// The CloudAdapter, with our middleware and an error handler that logs, tells the user in French,
/// and clears the broken dialog state so that the next message works (the ids of the messages already taken stay). Answers already recorded stay:
/// they live in the database, not in the dialog state.
/// </summary>
/// <remarks>
/// It takes over <see cref="IBotFrameworkHttpAdapter.ProcessAsync"/> from <see cref="CloudAdapter"/> to hold the
/// public endpoint against what the SDK lets through: a body over <see cref="InboundActivityOptions.MaxRequestBodySize"/>
/// gets 413 (the SDK reads any size), a body not declared as JSON 415, malformed JSON 400; every token the SDK refuses gets 401 (the SDK throws some
/// refusals — other key, expired, malformed — out as 500); an activity type outside the Bot Framework schema is
/// acknowledged and ignored; an activity that lacks its channel, conversation, sender or service URL gets 400 rather
/// than a failed turn. Nothing of a refused request reaches the bot, the database or the state.
/// A reply the channel still refuses after the connector's retries (<c>Hosting/ConnectorResilienceServiceCollectionExtensions</c>)
/// is logged with its conversation and the turn goes on: what it acknowledged is already stored.
/// </remarks>
public sealed class AdapterWithErrorHandler : CloudAdapter, IBotFrameworkHttpAdapter
{
    internal const string ErrorMessage =
        "Désolé, quelque chose s'est mal passé de mon côté. Vos réponses déjà enregistrées sont conservées : écrivez « reprendre » pour continuer.";

    private readonly ILogger logger;
    private readonly InboundActivityOptions inbound;

    /// <param name="sdkLogger">The SDK's own lines (two per reply sent, at Information): their category is set to Warning in appsettings.json.</param>
    /// <param name="logger">This adapter's lines: refusals, errors, ignored activities.</param>
    public AdapterWithErrorHandler(
        BotFrameworkAuthentication auth,
        ILogger<IBotFrameworkHttpAdapter> sdkLogger,
        ILogger<AdapterWithErrorHandler> logger,
        RedeliveryGuardMiddleware redeliveryGuard,
        AutoDiagTurnMiddleware middleware,
        TelemetryMiddleware telemetry,
        IOptions<InboundActivityOptions> inbound)
        : base(auth, sdkLogger)
    {
        this.logger = logger;
        this.inbound = inbound.Value;

        // Outermost: times and counts the whole turn, and sees the exceptions the error handler then handles.
        Use(telemetry);
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
                await redeliveryGuard.ClearConversationKeepingRecentIdsAsync(turnContext, CancellationToken.None);
            }
            catch (Exception deleteError)
            {
                logger.LogError(deleteError, "Could not clear the conversation state after an error");
            }
        };
    }

    /// <summary><c>POST /api/messages</c>: read and check the activity, authenticate it, run the turn, write the answer.</summary>
    public new async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            httpResponse.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var read = await InboundActivityReader.ReadAsync(httpRequest, inbound.MaxRequestBodySize, cancellationToken);
        if (read.Activity is not { } activity)
        {
            logger.LogWarning("Activity refused with {StatusCode}: {Problem}.", read.StatusCode, read.Problem);
            httpResponse.StatusCode = read.StatusCode;
            return;
        }

        AuthenticateRequestResult authentication;
        try
        {
            authentication = await BotFrameworkAuthentication.AuthenticateRequestAsync(activity, httpRequest.Headers.Authorization, cancellationToken);
        }
        catch (Exception refused) when (IsTokenRefusal(refused))
        {
            // The token is not logged: the reason is enough (its type and message say which check failed).
            logger.LogWarning("Activity refused with 401: {Reason}: {Message}", refused.GetType().Name, refused.Message);
            httpResponse.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        catch (Exception unavailable) when (unavailable is not OperationCanceledException)
        {
            // E.g. the channel's signing keys could not be fetched: the activity may be genuine, let the channel retry.
            logger.LogError(unavailable, "Could not authenticate an activity");
            httpResponse.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!InboundActivityReader.KnownTypes.Contains(activity.Type))
        {
            logger.LogInformation("Activity of unknown type {ActivityType} ignored.", Truncate(activity.Type));
            httpResponse.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (InboundActivityReader.ProblemForTurn(activity) is { } problem)
        {
            logger.LogWarning("Activity refused with 400: {Problem}.", problem);
            httpResponse.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var invokeResponse = await ProcessActivityAsync(authentication, activity, bot.OnTurnAsync, cancellationToken);
        await HttpHelper.WriteResponseAsync(httpResponse, invokeResponse);
    }

    /// <summary>
    /// Sends to the channel. A reply to an activity that the channel still refuses after the connector's retries is
    /// logged, not thrown: the turn goes on and saves its state, so the élu resumes where the acknowledged answer left
    /// them. A proactive message's failure (<c>ContinueConversationAsync</c>: reminders) is thrown to its sender, which
    /// decides what to do with it.
    /// </summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        }
        catch (Exception failure) when (IsDeliveryFailure(failure, cancellationToken) && !IsProactive(turnContext.Activity))
        {
            logger.LogError(failure,
                "Reply to conversation {ConversationId} (activity {ActivityId}) could not be delivered to the channel: {Reason}. The turn goes on; what it recorded stays.",
                turnContext.Activity.Conversation?.Id, turnContext.Activity.Id, DeliveryFailureReason(failure));
            return activities.Select(_ => new ResourceResponse(string.Empty)).ToArray();
        }
    }

    /// <summary>
    /// The refusals of the SDK's token checks: <see cref="UnauthorizedAccessException"/> (no token, wrong audience,
    /// issuer or endorsement), and what IdentityModel throws through it (signature, lifetime, malformed token).
    /// </summary>
    internal static bool IsTokenRefusal(Exception exception) => exception is
        UnauthorizedAccessException or SecurityTokenException or ArgumentException or FormatException
        or JsonException or Newtonsoft.Json.JsonException;

    private static bool IsDeliveryFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RestException or HttpRequestException or ExecutionRejectedException => true,
        // An HttpClient or pipeline timeout, not the turn being cancelled.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static bool IsProactive(Activity activity) =>
        activity.Type == ActivityTypes.Event && activity.Name == ActivityEventNames.ContinueConversation;

    private static string DeliveryFailureReason(Exception exception) => exception switch
    {
        HttpOperationException { Response: { } response } => $"HTTP {(int)response.StatusCode}",
        ErrorResponseException { Response: { } response } => $"HTTP {(int)response.StatusCode}",
        HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status}",
        _ => exception.GetType().Name,
    };

    /// <summary>A value of the caller's, fit for a log line: at most 64 characters, no control characters.</summary>
    private static string Truncate(string value) =>
        new string((value.Length <= 64 ? value : value[..64] + "…").Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
