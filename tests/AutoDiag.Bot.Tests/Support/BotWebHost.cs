using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// The real host in-process, like <see cref="AutoDiagWebFactory"/>, with what the operations tests need besides:
/// settings given before the host is built (authentication, retries, telemetry), the channel's connector as any
/// handler, the logs captured, and the host itself to stop it.
/// </summary>
public sealed class BotWebHost : WebApplicationFactory<Program>
{
    private IHost? host;

    /// <summary>Configuration on top of the connection string.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Stands in for the Bot Connector (every HttpClient of the host ends there).</summary>
    public HttpMessageHandler Connector { get; init; } = new RecordingConnectorHandler();

    /// <summary>Replaces services of the host, e.g. with Moq fakes (after the scripted categoriser).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Every log the host writes.</summary>
    public FakeLogCollector Logs { get; } = new();

    public string DatabasePath { get; } = BotTestHost.NewDatabasePath();

    /// <summary>The running host (started on first use of <see cref="WebApplicationFactory{TEntryPoint}.Server"/> or a client).</summary>
    public IHost Host => host ?? throw new InvalidOperationException("The host is not started yet: create a client first.");

    public AutoDiagDbContext OpenDatabase() =>
        Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();

    /// <summary>The SQLite file on its own, e.g. once the host has stopped (and disposed its services).</summary>
    public AutoDiagDbContext OpenDatabaseFile() =>
        new SqliteAutoDiagDbContext(new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={DatabasePath}").Options);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:AutoDiag", $"Data Source={DatabasePath}");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Connector));
            services.AddSingleton(ScriptedCategorizer.Create().Object);
            services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(Logs));
            ConfigureServices?.Invoke(services);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        host = base.CreateHost(builder);
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
