using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>
/// Opens the application database on either provider: the bot's host, the command line and the tests
/// all go through here, so that the provider's options (retries, migrations assembly…) are the same everywhere.
/// </summary>
public static class AutoDiagDatabase
{
    /// <summary>The setting that names the provider.</summary>
    public const string ProviderSetting = "Database:Provider";

    /// <summary>« Sqlite » (default, also when empty) or « Postgres » / « PostgreSQL », case ignored.</summary>
    /// <exception cref="ArgumentException">Any other name: a typo must not silently fall back to a local file.</exception>
    public static DatabaseProvider ParseProvider(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new ArgumentException($"Unknown {ProviderSetting} '{name}': use Sqlite or Postgres.", nameof(name)),
    };

    /// <summary>The bot's and the command line's database when none is configured: a file beside them.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/autodiag.db";

    /// <summary>The file an SQLite connection string names, as a full path; null for an in-memory database.</summary>
    public static string? SqliteFileOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>SQLite creates the file but not its folder.</summary>
    public static void CreateSqliteFolder(string connectionString)
    {
        if (SqliteFileOf(connectionString) is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// SQLite, with the pragmas every connection needs (<see cref="SqliteConnectionSettings"/>). A migration that
    /// changes a column rebuilds its table with foreign keys off, which SQLite cannot do inside the migration's
    /// transaction: EF Core warned of it at every start on a new database, where a crash loses nothing (the file is
    /// made again). An existing database is copied before the bot is upgraded (README « Database »); the line stays in
    /// the log, as information.
    /// </summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        WithFailuresLeftToCallers(options.UseSqlite(connectionString).AddInterceptors(SqliteConnectionSettings.Instance))
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Information)));

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        WithFailuresLeftToCallers(options.UseNpgsql(connectionString));

    /// <summary>
    /// EF Core logs every failed command and save as an error before it throws. Every such failure reaches its caller as
    /// an exception, which either expects it — a unique index deciding between two deliveries of one message, a state
    /// created by another instance meanwhile, the migrations' history table missing from a new database — or logs it
    /// with its context (the turn, the reminders check, the request). EF Core's own lines go to Debug, so that an error
    /// in the logs is always one to look at.
    /// </summary>
    private static DbContextOptionsBuilder WithFailuresLeftToCallers(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug)));

    public static DbContextOptions<SqliteAutoDiagDbContext> SqliteOptions(string connectionString) =>
        (DbContextOptions<SqliteAutoDiagDbContext>)ConfigureSqlite(new DbContextOptionsBuilder<SqliteAutoDiagDbContext>(), connectionString).Options;

    public static DbContextOptions<PostgresAutoDiagDbContext> PostgresOptions(string connectionString) =>
        (DbContextOptions<PostgresAutoDiagDbContext>)ConfigurePostgres(new DbContextOptionsBuilder<PostgresAutoDiagDbContext>(), connectionString).Options;

    /// <summary>A context factory of the provider's context type, handed out as the shared model type.</summary>
    public static IDbContextFactory<AutoDiagDbContext> CreateFactory(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(
            new PooledDbContextFactory<SqliteAutoDiagDbContext>(SqliteOptions(connectionString))),
        DatabaseProvider.Postgres => new AutoDiagDbContextFactory<PostgresAutoDiagDbContext>(
            new PooledDbContextFactory<PostgresAutoDiagDbContext>(PostgresOptions(connectionString))),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
