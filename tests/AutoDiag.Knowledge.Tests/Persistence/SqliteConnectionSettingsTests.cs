using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Persistence;

/// <summary>SQLite runs in WAL mode with synchronous=NORMAL (see <see cref="SqliteConnectionSettings"/>), on every pooled connection.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"autodiag-pragmas-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Connections_write_ahead_and_sync_at_checkpoints_and_a_committed_row_is_read_by_another_connection()
    {
        var factory = AutoDiagDatabase.CreateFactory(DatabaseProvider.Sqlite, $"Data Source={path}");
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        // Twice: the second context gets a pooled connection, already set up.
        for (var i = 0; i < 2; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            Assert.Equal("wal", await Scalar(db, "PRAGMA journal_mode"));
            Assert.Equal(1L, await Scalar(db, "PRAGMA synchronous")); // NORMAL
            Assert.Equal(30_000L, await Scalar(db, "PRAGMA busy_timeout"));
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            db.BotStates.Add(new AutoDiag.Knowledge.StateStore.BotStateRecord { Key = "k", Document = "{}", ETag = "e", UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        // A read-only connection (the tests' probes, an export) opens the WAL database as it is.
        var readOnly = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>()
            .UseSqlite($"Data Source={path};Mode=ReadOnly;Pooling=False").AddInterceptors(SqliteConnectionSettings.Instance).Options;
        await using var reader = new SqliteAutoDiagDbContext(readOnly);
        Assert.True(await reader.BotStates.AnyAsync(s => s.Key == "k"));
    }

    private static async Task<object?> Scalar(AutoDiagDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteScalarAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
