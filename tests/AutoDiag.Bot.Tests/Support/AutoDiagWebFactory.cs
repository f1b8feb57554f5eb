using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>The real host in-process, over its own SQLite file, with the channel's connector captured.</summary>
public sealed class AutoDiagWebFactory : WebApplicationFactory<Program>
{
    public RecordingConnectorHandler Connector { get; } = new();

    public string DatabasePath { get; } = BotTestHost.NewDatabasePath();

    /// <summary>Replaces services of the host, e.g. with Moq fakes.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:AutoDiag", $"Data Source={DatabasePath}");
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Connector));
            services.AddSingleton(ScriptedCategorizer.Create().Object);
            ConfigureServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
