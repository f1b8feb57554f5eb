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

    /// <summary>Creates or migrates the database before the first request, seeds the demo data, forgets old activity ids.</summary>
    public static async Task InitializeAutoDiagDatabaseAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await app.Services.GetRequiredService<ProcessedActivityLog>().PurgeOlderThanAsync(RedeliveryWindow);
    }
}
