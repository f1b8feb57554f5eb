using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// The bot's real service graph (EF Core storage, domain services, dialogs) over a SQLite file — or a
/// PostgreSQL database (<c>Database:Provider=Postgres</c> in <c>settings</c>, or <see cref="StartAsync(DatabaseProvider, IDictionary{string, string?}?)"/>) —
/// without the HTTP layer. Disposing and starting again over the same file is a « restart »; two hosts
/// over one PostgreSQL database are two instances of the bot.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private PostgresTestDatabase? ownDatabase;

    private BotTestHost(ServiceProvider services, string databasePath, DatabaseProvider provider, string connectionString, FakeLogCollector logs)
    {
        Logs = logs;
        Services = services;
        DatabasePath = databasePath;
        Provider = provider;
        ConnectionString = connectionString;
    }

    public ServiceProvider Services { get; }

    /// <summary>Every log line of Warning and above the host writes (EF Core's included).</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>The SQLite file; empty on PostgreSQL.</summary>
    public string DatabasePath { get; }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

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

        var provider = AutoDiagDatabase.ParseProvider(configuration[AutoDiagDatabase.ProviderSetting]);
        var services = new ServiceCollection();
        var logs = new FakeLogCollector();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new FakeLoggerProvider(logs)));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAutoDiag(configuration);
        if (!ownCategorizer)
        {
            services.AddSingleton(SharedCategorizer.Value);
            services.AddSingleton(categorizer ?? ScriptedCategorizer.Create().Object);
        }
        configureServices?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(validateScopes: true);
        await serviceProvider.InitializeAutoDiagAsync();
        return new BotTestHost(
            serviceProvider, provider == DatabaseProvider.Sqlite ? databasePath : string.Empty, provider, configuration.GetConnectionString("AutoDiag")!, logs);
    }

    /// <summary>
    /// A host on a new database of <paramref name="provider"/>: a SQLite file, or a PostgreSQL database of its own
    /// on <c>AUTODIAG_TEST_POSTGRES</c>, dropped when the host is disposed (the test fails, saying how to start
    /// PostgreSQL, when the variable is not set).
    /// </summary>
    public static async Task<BotTestHost> StartAsync(DatabaseProvider provider, IDictionary<string, string?>? settings = null)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return await StartAsync(settings: settings);
        }

        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            var host = await StartAsync(settings: PostgresSettings(database.ConnectionString, settings));
            host.ownDatabase = database;
            return host;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The settings that put a host on a PostgreSQL database, on top of <paramref name="settings"/>.</summary>
    public static IDictionary<string, string?> PostgresSettings(string connectionString, IDictionary<string, string?>? settings = null) =>
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            [AutoDiagDatabase.ProviderSetting] = nameof(DatabaseProvider.Postgres),
            ["ConnectionStrings:AutoDiag"] = connectionString,
        };

    /// <summary>A conversation of one user with the bot, through the SDK's TestAdapter and the bot's own middleware
    /// (the adapter's: turn gate, retry on a state conflict, redelivery guard).</summary>
    /// <param name="conversationType">« personal », « groupChat » or « channel », as Teams says.</param>
    public TestConversation Conversation(string userId = "user-1", string? conversationId = null, string userName = "Marie Dupont", string conversationType = "personal") =>
        new(Services.GetRequiredService<IBot>(), Services.GetRequiredService<AutoDiagTurnMiddleware>(),
            userId, conversationId ?? $"conv-{Guid.NewGuid():N}", userName, conversationType);

    public AutoDiagDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (ownDatabase is not null)
        {
            await ownDatabase.DisposeAsync();
        }
    }
}
