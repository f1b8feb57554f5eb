using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Hosting;

public static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "AutoDiag";

    /// <summary>
    /// The application database, chosen by <c>Database:Provider</c>: <c>Sqlite</c> (default, one embedded file)
    /// or <c>Postgres</c> (a server several instances share). The connection string is
    /// <c>ConnectionStrings:AutoDiag</c> for both; each provider has its own context type and migrations.
    /// Contexts are pooled: a turn makes several, and a new one costs its internal services each time.
    /// </summary>
    public static IServiceCollection AddAutoDiagDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = AutoDiagDatabase.ParseProvider(configuration[AutoDiagDatabase.ProviderSetting]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        $"{AutoDiagDatabase.ProviderSetting}=Postgres needs ConnectionStrings:{ConnectionStringName} (e.g. \"Host=…;Database=autodiag;Username=…;Password=…\").");
                }
                services.AddPooledDbContextFactory<PostgresAutoDiagDbContext>(options =>
                    AutoDiagDatabase.ConfigurePostgres(options, WithPostgresDefaults(connectionString)));
                services.AddSingleton<IDbContextFactory<AutoDiagDbContext>, AutoDiagDbContextFactory<PostgresAutoDiagDbContext>>();
                break;
            default:
                connectionString ??= AutoDiagDatabase.DefaultSqliteConnectionString;
                AutoDiagDatabase.CreateSqliteFolder(connectionString);
                services.AddPooledDbContextFactory<SqliteAutoDiagDbContext>(options => AutoDiagDatabase.ConfigureSqlite(options, connectionString));
                services.AddSingleton<IDbContextFactory<AutoDiagDbContext>, AutoDiagDbContextFactory<SqliteAutoDiagDbContext>>();
                break;
        }
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>
    /// Each database context opens and closes its pooled connection, several times a turn. Npgsql then resets the
    /// session (DISCARD ALL) before the next command, which also drops the statements the server prepared: every
    /// command was parsed and planned again. The bot keeps no session state (no SET, temporary table or advisory lock),
    /// so the reset is skipped and the commands of every turn are prepared once per connection — unless the
    /// connection string says otherwise.
    /// </summary>
    internal static string WithPostgresDefaults(string connectionString)
    {
        // Npgsql takes « No Reset On Close » and « NoResetOnClose » alike: what was set is read with spaces ignored.
        var set = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", string.Empty, StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!set.Contains(nameof(builder.NoResetOnClose)))
        {
            builder.NoResetOnClose = true;
        }
        if (!set.Contains(nameof(builder.MaxAutoPrepare)))
        {
            builder.MaxAutoPrepare = 50;
        }
        return builder.ConnectionString;
    }
}
