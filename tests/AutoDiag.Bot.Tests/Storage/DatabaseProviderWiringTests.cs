using AutoDiag.Bot.Hosting;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Storage;

/// <summary>The host's database follows <c>Database:Provider</c>, with <c>ConnectionStrings:AutoDiag</c> for both.</summary>
public sealed class DatabaseProviderWiringTests
{
    [Fact]
    public void SQLite_is_the_default()
    {
        using var services = Build(new() { ["ConnectionStrings:AutoDiag"] = $"Data Source={Path.Combine(Path.GetTempPath(), "autodiag-tests", "wiring.db")}" });

        using var db = services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();
        Assert.IsType<SqliteAutoDiagDbContext>(db);
    }

    [Fact]
    public void Postgres_uses_the_same_connection_string_setting()
    {
        using var services = Build(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:AutoDiag"] = "Host=db.example;Database=autodiag;Username=bot;Password=secret",
        });

        using var db = services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>().CreateDbContext();
        Assert.IsType<PostgresAutoDiagDbContext>(db);
        Assert.Contains("Host=db.example", db.Database.GetConnectionString());
    }

    [Fact]
    public void Postgres_connections_keep_their_prepared_statements_unless_the_connection_string_says_otherwise()
    {
        var defaults = new Npgsql.NpgsqlConnectionStringBuilder(
            DatabaseServiceCollectionExtensions.WithPostgresDefaults("Host=db.example;Database=autodiag;Username=bot;Password=secret"));
        Assert.True(defaults.NoResetOnClose);
        Assert.Equal(50, defaults.MaxAutoPrepare);
        Assert.Equal("db.example", defaults.Host);
        Assert.Equal("secret", defaults.Password);

        var chosen = new Npgsql.NpgsqlConnectionStringBuilder(
            DatabaseServiceCollectionExtensions.WithPostgresDefaults("Host=db.example;No Reset On Close=false;Max Auto Prepare=0"));
        Assert.False(chosen.NoResetOnClose);
        Assert.Equal(0, chosen.MaxAutoPrepare);

        var unspaced = new Npgsql.NpgsqlConnectionStringBuilder(
            DatabaseServiceCollectionExtensions.WithPostgresDefaults("Host=db.example;noresetonclose=false;MaxAutoPrepare=0"));
        Assert.False(unspaced.NoResetOnClose);
        Assert.Equal(0, unspaced.MaxAutoPrepare);
    }

    [Fact]
    public void Postgres_without_a_connection_string_stops_the_start_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Database:Provider"] = "Postgres" }));
        Assert.Contains("ConnectionStrings:AutoDiag", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddAutoDiagDatabase(configuration).BuildServiceProvider();
    }
}
