using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Hosting;

public static class DatabaseServiceCollectionExtensions
{
    public const string ConnectionStringName = "AutoDiag";
    public const string DefaultConnectionString = "Data Source=data/autodiag.db";

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
                services.AddPooledDbContextFactory<PostgresAutoDiagDbContext>(options => options.UseNpgsql(connectionString));
                services.AddSingleton<IDbContextFactory<AutoDiagDbContext>, AutoDiagDbContextFactory<PostgresAutoDiagDbContext>>();
                break;
            default:
                connectionString ??= DefaultConnectionString;
                EnsureSqliteFolderExists(connectionString);
                services.AddPooledDbContextFactory<SqliteAutoDiagDbContext>(options =>
                    options.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSettings.Instance));
                services.AddSingleton<IDbContextFactory<AutoDiagDbContext>, AutoDiagDbContextFactory<SqliteAutoDiagDbContext>>();
                break;
        }
        services.AddSingleton<DatabaseInitializer>();
        return services;
    }

    /// <summary>SQLite creates the file but not its folder.</summary>
    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
