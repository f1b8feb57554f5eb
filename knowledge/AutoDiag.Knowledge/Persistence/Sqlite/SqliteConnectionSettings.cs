using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AutoDiag.Knowledge.Persistence.Sqlite;

/// <summary>
/// Sets up each SQLite connection the first time it opens (pooled connections keep their settings):
/// <list type="bullet">
/// <item><c>journal_mode=WAL</c> (kept in the file): readers no longer wait for a writer, nor a writer for readers.
/// With the default rollback journal, every read during a commit failed with SQLITE_BUSY, and Microsoft.Data.Sqlite
/// answers that by blocking the thread for 150 ms — turns took seconds under load.</item>
/// <item><c>synchronous=NORMAL</c>: in WAL mode a commit is written to the log without waiting for the disk. A
/// committed transaction — an answer acknowledged to the élu — survives the process being killed; only a power loss or
/// an OS crash can lose the last commits. FULL would wait for the disk at every one of a turn's commits.</item>
/// <item><c>busy_timeout</c>: writers queue in SQLite's own short waits instead of the 150 ms sleeps of the driver.</item>
/// </list>
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSettings Instance = new();

    /// <summary>The busy timeout is a command's default timeout (30 s): past it a write fails as it did before.</summary>
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    /// <summary>The native connections already set up; a pooled connection reopens on the same handle.</summary>
    private readonly ConditionalWeakTable<object, object> configured = [];

    private SqliteConnectionSettings()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Microsoft.Data.Sqlite is synchronous underneath: its async calls would do the same.
        Configure(connection);
        return Task.CompletedTask;
    }

    private void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || configured.TryGetValue(handle, out _))
        {
            return;
        }
        var mode = new SqliteConnectionStringBuilder(sqlite.ConnectionString).Mode;
        // An in-memory database has no journal; a read-only connection cannot change it (and writes nothing).
        if (mode is not (SqliteOpenMode.Memory or SqliteOpenMode.ReadOnly) && sqlite.DataSource is not ("" or ":memory:"))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        configured.AddOrUpdate(handle, handle);
    }
}
