using System.Diagnostics;
using AutoDiag.Bot.Hosting;
using Microsoft.Bot.Builder;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// The outermost middleware of the adapter: one span (<c>turn {type}</c>) per turn, the turn counted with its outcome
/// and timed, and a failed turn counted as an error before the adapter's error handler tells the user. Tags say what
/// kind of turn it was, never who wrote or what.
/// </summary>
public sealed class TelemetryMiddleware(AutoDiagTelemetry telemetry, TimeProvider timeProvider) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activityType = turnContext.Activity?.Type ?? "unknown";
        using var span = AutoDiagTelemetry.ActivitySource.StartActivity($"turn {activityType}", ActivityKind.Internal);
        span?.SetTag(AutoDiagTelemetry.ActivityTypeTag, activityType);
        span?.SetTag("autodiag.channel", turnContext.Activity?.ChannelId);

        var started = timeProvider.GetTimestamp();
        var outcome = "ok";
        try
        {
            await next(cancellationToken);
        }
        catch (Exception exception)
        {
            outcome = "error";
            var errorType = exception.GetType().FullName ?? exception.GetType().Name;
            telemetry.TurnErrors.Add(1,
                new KeyValuePair<string, object?>(AutoDiagTelemetry.ActivityTypeTag, activityType),
                new KeyValuePair<string, object?>(AutoDiagTelemetry.ErrorTypeTag, errorType));
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            span?.SetTag(AutoDiagTelemetry.ErrorTypeTag, errorType);
            throw;
        }
        finally
        {
            var tags = new TagList
            {
                { AutoDiagTelemetry.ActivityTypeTag, activityType },
                { AutoDiagTelemetry.OutcomeTag, outcome },
            };
            telemetry.Turns.Add(1, tags);
            telemetry.TurnDuration.Record(timeProvider.GetElapsedTime(started).TotalMilliseconds, tags);
            span?.SetTag(AutoDiagTelemetry.OutcomeTag, outcome);
        }
    }
}
