using System.Net;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Hosting;

/// <summary><c>/healthz</c> asks the database, and says 503 when it cannot be reached, whatever the provider.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Sqlite_file_gone_gives_503_and_back_gives_200()
    {
        await using var factory = new BotWebHost();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        // The volume holding the database is gone.
        SqliteConnection.ClearAllPools();
        var moved = factory.DatabasePath + ".away";
        File.Move(factory.DatabasePath, moved);
        try
        {
            var response = await client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("database unreachable", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            File.Move(moved, factory.DatabasePath);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task Postgres_database_gone_gives_503()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync();
        await using var factory = new BotWebHost
        {
            Settings =
            {
                [AutoDiagDatabase.ProviderSetting] = "Postgres",
                ["ConnectionStrings:AutoDiag"] = database.ConnectionString + ";Timeout=2",
            },
        };
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await database.DisposeAsync();
        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database unreachable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Postgres_server_unreachable_gives_503_quickly()
    {
        var database = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            // Started on a real server, then pointed at a port where nothing listens (the server « went away »).
            var closedPort = ClosedLoopbackPort();
            await using var factory = new BotWebHost
            {
                Settings =
                {
                    [AutoDiagDatabase.ProviderSetting] = "Postgres",
                    ["ConnectionStrings:AutoDiag"] = database.ConnectionString,
                },
                ConfigureServices = services => services.AddSingleton<IDbContextFactory<AutoDiagDbContext>>(
                    new UnreachableAfterStart(database.ConnectionString, closedPort)),
            };
            using var client = factory.CreateClient();
            var health = (UnreachableAfterStart)factory.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

            health.Unplug();
            var started = System.Diagnostics.Stopwatch.StartNew();
            var response = await client.GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"took {started.Elapsed}");
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The bot's PostgreSQL contexts, on the real server until <see cref="Unplug"/>, then on a closed port.</summary>
    private sealed class UnreachableAfterStart(string reachable, int closedPort) : IDbContextFactory<AutoDiagDbContext>
    {
        private volatile string current = reachable;

        public void Unplug() =>
            current = new Npgsql.NpgsqlConnectionStringBuilder(current) { Host = "127.0.0.1", Port = closedPort, Timeout = 2 }.ConnectionString;

        public AutoDiagDbContext CreateDbContext() =>
            new Knowledge.Persistence.Postgres.PostgresAutoDiagDbContext(
                new DbContextOptionsBuilder<Knowledge.Persistence.Postgres.PostgresAutoDiagDbContext>()
                    .UseNpgsql(current).Options);
    }
}
