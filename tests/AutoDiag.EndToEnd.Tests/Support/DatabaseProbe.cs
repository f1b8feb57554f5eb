using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// Stops the bot at a precise point of a turn, from outside, through its SQLite file (WAL: readers never block
/// the bot, one writer at a time): right after it committed a given row and before its next write (the
/// conversation state, at the end of the turn). The probe takes the database's write lock for a few microseconds
/// every third of a millisecond, just long enough to look for the row; once it sees it, it keeps the lock, so the bot's next
/// commit waits (the bot retries a busy database) until the caller has killed it. The probe writes nothing.
/// Best effort: if the test process is descheduled while the bot commits the row and its next write, the probe
/// finds the row too late; callers say so rather than fail.
/// </summary>
public static class DatabaseProbe
{
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(0.3);

    /// <summary>
    /// Starts watching, then calls <paramref name="start"/> (which posts the activity), then looks for the row
    /// counted by <paramref name="countSql"/> (a <c>SELECT COUNT(*) …</c> with a <c>$id</c> parameter) until it is
    /// there, the task <paramref name="start"/> returned has completed (the turn is over), or <paramref name="timeout"/>
    /// passes.
    /// </summary>
    /// <returns>
    /// The hold on the write lock (dispose it after the kill), or null when the row was not seen; and the task
    /// <paramref name="start"/> returned.
    /// </returns>
    public static Task<(IDisposable? Hold, Task<T> Started)> HoldOnceCommittedAsync<T>(
        string database, string countSql, string id, Func<Task<T>> start, TimeSpan timeout) =>
        Task.Factory.StartNew(() => HoldOnceCommitted(database, countSql, id, start, timeout), TaskCreationOptions.LongRunning);

    private static (IDisposable? Hold, Task<T> Started) HoldOnceCommitted<T>(string database, string countSql, string id, Func<Task<T>> start, TimeSpan timeout)
    {
        var connection = new SqliteConnection($"Data Source={database};Mode=ReadWrite;Pooling=False");
        Task<T>? started = null;
        try
        {
            connection.Open();
            // Raw calls: a busy database answers at once, where Microsoft.Data.Sqlite would sleep and retry.
            var db = connection.Handle!;
            started = start();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                if (raw.sqlite3_exec(db, "BEGIN IMMEDIATE") == raw.SQLITE_OK)
                {
                    if (Count(db, countSql, id) > 0)
                    {
                        return (new Hold(connection), started);
                    }
                    raw.sqlite3_exec(db, "ROLLBACK");
                }
                if (started.IsCompleted)
                {
                    break;
                }
                // The lock is free meanwhile, so the bot's writes go through; short, so that the probe finds the row
                // before the bot is done with the reads and the sending that precede its next write.
                var resume = watch.Elapsed + Gap;
                while (watch.Elapsed < resume)
                {
                    Thread.SpinWait(20);
                }
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        connection.Dispose();
        return (null, started);
    }

    private static long Count(sqlite3 db, string sql, string id)
    {
        if (raw.sqlite3_prepare_v2(db, sql, out var statement) != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"{sql}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
        try
        {
            raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "$id"), id);
            return raw.sqlite3_step(statement) == raw.SQLITE_ROW ? raw.sqlite3_column_int64(statement, 0) : 0;
        }
        finally
        {
            raw.sqlite3_finalize(statement);
        }
    }

    private sealed class Hold(SqliteConnection connection) : IDisposable
    {
        public void Dispose()
        {
            raw.sqlite3_exec(connection.Handle!, "ROLLBACK");
            connection.Dispose();
        }
    }
}
