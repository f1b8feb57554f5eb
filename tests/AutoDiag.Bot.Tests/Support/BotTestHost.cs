using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
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

    public const string PublicBaseUrl = "https://autodiag.test/";

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "autodiag-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>Training the local categoriser takes a moment: the hosts share one that no test retrains.</summary>
    private static readonly Lazy<LocalThemeCategorizer> SharedCategorizer = new(LocalThemeCategorizer.LoadDefault);

    /// <param name="databasePath">An existing file to start over (a « restart »), or null for a new one.</param>
    /// <param name="categorizer">The categoriser the bot uses; by default the scripted one of the conversation tests.</param>
    /// <param name="ownCategorizer">A local categoriser of this host's own, for tests that teach it corrections.</param>
    /// <param name="settings">Configuration on top of the connection string.</param>
    /// <param name="configureServices">Replacements of the bot's services (e.g. a fake Teams member directory).</param>
    public static async Task<BotTestHost> StartAsync(
        string? databasePath = null, IThemeCategorizer? categorizer = null, bool ownCategorizer = false, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        databasePath ??= NewDatabasePath();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:AutoDiag"] = $"Data Source={databasePath}",
                // No HTTP request to take the address from: download links need one.
                ["Downloads:PublicBaseUrl"] = PublicBaseUrl,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAutoDiag(configuration);
        if (!ownCategorizer)
        {
            services.AddSingleton(SharedCategorizer.Value);
            services.AddSingleton(categorizer ?? ScriptedCategorizer.Create().Object);
        }
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(validateScopes: true);
        await provider.InitializeAutoDiagAsync();
        return new BotTestHost(provider, databasePath);
    }

    /// <summary>A conversation of one user with the bot, through the SDK's TestAdapter and the bot's own middleware.</summary>
    /// <param name="conversationType">« personal », « groupChat » or « channel », as Teams says.</param>
    public TestConversation Conversation(string userId = "user-1", string? conversationId = null, string userName = "Marie Dupont", string conversationType = "personal") =>
        new(Services.GetRequiredService<IBot>(), Services.GetRequiredService<RedeliveryGuardMiddleware>(),
            userId, conversationId ?? $"conv-{Guid.NewGuid():N}", userName, conversationType);

    public AutoDiagDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
