using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// The bot's real service graph (EF Core storage, domain services, dialogs) over a SQLite file,
/// without the HTTP layer. Disposing and starting again over the same file is a « restart ».
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private BotTestHost(ServiceProvider services, string databasePath)
    {
        Services = services;
        DatabasePath = databasePath;
    }

    public ServiceProvider Services { get; }
    public string DatabasePath { get; }

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "autodiag-tests", $"{Guid.NewGuid():N}.db");

    public static async Task<BotTestHost> StartAsync(string? databasePath = null)
    {
        databasePath ??= NewDatabasePath();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:AutoDiag"] = $"Data Source={databasePath}",
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAutoDiag(configuration);
        var provider = services.BuildServiceProvider(validateScopes: true);
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return new BotTestHost(provider, databasePath);
    }

    /// <summary>A conversation of one user with the bot, through the SDK's TestAdapter and the bot's own middleware.</summary>
    public TestConversation Conversation(string userId = "user-1", string? conversationId = null, string userName = "Marie Dupont") =>
        new(Services.GetRequiredService<IBot>(), Services.GetRequiredService<RedeliveryGuardMiddleware>(),
            userId, conversationId ?? $"conv-{Guid.NewGuid():N}", userName);

    public AutoDiagDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
