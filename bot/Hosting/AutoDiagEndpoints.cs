using AutoDiag.Knowledge.Persistence;
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

    /// <summary>Creates or migrates the database before the first request, and seeds the demo data.</summary>
    public static async Task InitializeAutoDiagDatabaseAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}
