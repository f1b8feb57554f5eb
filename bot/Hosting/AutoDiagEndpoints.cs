using AutoDiag.Bot.Downloads;
using AutoDiag.Knowledge.Learning;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Hosting;

public static class AutoDiagEndpoints
{
    public static WebApplication MapAutoDiagEndpoints(this WebApplication app)
    {
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) =>
            adapter.ProcessAsync(request, response, bot, ct));

        app.MapDownloads();

        app.MapGet("/healthz", async (IDbContextFactory<AutoDiagDbContext> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "ok" })
                : Results.Json(new { status = "database unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    /// <summary>How long a processed activity is remembered: channels redeliver within minutes.</summary>
    private static readonly TimeSpan RedeliveryWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// Before the first request: creates or migrates the database, seeds the demo data, forgets old
    /// activity ids, and teaches the categoriser the corrections made so far.
    /// </summary>
    public static async Task InitializeAutoDiagAsync(this IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await services.GetRequiredService<ProcessedActivityLog>().PurgeOlderThanAsync(RedeliveryWindow);
        await services.GetRequiredService<CategorizerTrainer>().TrainAsync();
    }
}
