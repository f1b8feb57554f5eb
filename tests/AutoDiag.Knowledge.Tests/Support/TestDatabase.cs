using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AutoDiag.Knowledge.Tests.Support;

/// <summary>A migrated SQLite file with the demo intercommunalité, deleted afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"{Guid.NewGuid():N}.db");

    private TestDatabase()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Factory = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(
            new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={path}").Options));
    }

    public IDbContextFactory<AutoDiagDbContext> Factory { get; }

    public string ConnectionString => $"Data Source={path}";

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await new DatabaseInitializer(database.Factory).InitializeAsync();
        return database;
    }

    public AutoDiagDbContext Open() => Factory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
