using AutoDiag.Knowledge.Persistence;
using AutoDiag.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Support;

/// <summary>
/// A migrated database with the demo intercommunalité, deleted afterwards: a SQLite file by default, or a
/// database of its own on the test PostgreSQL server (<see cref="PostgresTestServer"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqlitePath;
    private readonly PostgresTestDatabase? postgres;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqlitePath, PostgresTestDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqlitePath = sqlitePath;
        this.postgres = postgres;
        Factory = AutoDiagDatabase.CreateFactory(provider, connectionString);
    }

    public DatabaseProvider Provider { get; }

    public IDbContextFactory<AutoDiagDbContext> Factory { get; }

    public string ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync() => CreateAsync(DatabaseProvider.Sqlite);

    /// <param name="provider">SQLite, or PostgreSQL: then the test fails, saying how to start it, when
    /// <c>AUTODIAG_TEST_POSTGRES</c> is not set.</param>
    /// <param name="initialize">Migrate and seed (the default), or leave the database empty.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool initialize = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresTestServer.CreateDatabaseAsync();
            database = new TestDatabase(provider, server.ConnectionString, null, server);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"{Guid.NewGuid():N}.db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            database = new TestDatabase(provider, $"Data Source={path}", path, null);
        }

        if (initialize)
        {
            try
            {
                await new DatabaseInitializer(database.Factory).InitializeAsync();
            }
            catch
            {
                await database.DisposeAsync();
                throw;
            }
        }
        return database;
    }

    public AutoDiagDbContext Open() => Factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
        if (sqlitePath is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(sqlitePath);
        }
    }
}
