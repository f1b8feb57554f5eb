using System.Globalization;
using AutoDiag.Bot.Downloads;
using AutoDiag.Knowledge.Learning;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AutoDiag.Bot.Hosting;

public static class AutoDiagEndpoints
{
    public static WebApplication MapAutoDiagEndpoints(this WebApplication app)
    {
        // A stopping instance starts no new turn: the channel sends the activity again later (or to another instance),
        // while the turns in progress finish (GracefulShutdownService). Size, JSON, token and content checks: the adapter.
        app.MapPost("/api/messages", async (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot,
            InFlightTurns turns, IOptions<ShutdownOptions> shutdown, CancellationToken ct) =>
        {
            using var turn = turns.TryBegin();
            if (turn is null)
            {
                response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                response.Headers.RetryAfter = ((int)Math.Ceiling(shutdown.Value.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return;
            }
            await adapter.ProcessAsync(request, response, bot, ct);
        });

        app.MapDownloads();

        // 200 when the database answers; 503 when it does not (or not within HealthCheckTimeout), or when the instance
        // is stopping, so that the load balancer sends the next activities elsewhere.
        app.MapGet("/healthz", async (IDbContextFactory<AutoDiagDbContext> dbFactory, InFlightTurns turns, ILogger<HealthCheck> logger, CancellationToken ct) =>
        {
            if (turns.IsStopping)
            {
                return Results.Json(new { status = "stopping" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(HealthCheckTimeout);
            bool reachable;
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(timeout.Token);
                reachable = await db.Database.CanConnectAsync(timeout.Token);
            }
            catch (Exception failure) when (!ct.IsCancellationRequested)
            {
                logger.LogWarning("Health check: the database did not answer ({Reason}).", failure.GetType().Name);
                reachable = false;
            }
            return reachable
                ? Results.Ok(new { status = "ok" })
                : Results.Json(new { status = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    /// <summary>How long <c>/healthz</c> waits for the database.</summary>
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The category of the health check's logs.</summary>
    public sealed class HealthCheck;

    /// <summary>
    /// Before the first request: creates or migrates the database, seeds the demo data, and teaches the categoriser the
    /// corrections made so far.
    /// </summary>
    public static async Task InitializeAutoDiagAsync(this IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        // The twelve fiches' index is built beside the training rather than in the first élu's or consultant's turn
        // that needs it (« Ce que d'autres territoires ont fait », the fiche synthèse).
        var pistes = Task.Run(() => services.GetRequiredService<Lazy<PisteSearch>>().Value);
        await services.GetRequiredService<CategorizerTrainer>().TrainAsync();
        await pistes;
    }
}
