using Npgsql;

namespace AutoDiag.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>AUTODIAG_TEST_POSTGRES</c> (a role that may create databases).
/// Each test class or fixture gets a database of its own, with a random name, dropped afterwards, so the tests
/// run in parallel. Shared by the knowledge and the bot tests (linked into both projects).
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "AUTODIAG_TEST_POSTGRES";

    /// <summary>Why a PostgreSQL test fails when no server is configured: never skipped, so a run without it is never green.</summary>
    public static readonly string HowToStart =
        $"This test needs PostgreSQL and {Variable} is not set. Start a server and export its connection with:\n" +
        $"  export {Variable}=\"$(scripts/start-postgres.sh)\"   # as root or with sudo: installs the Debian package and starts it\n" +
        $"(./test.sh and .ci/run do this themselves), or point {Variable} at a server of your own, e.g.\n" +
        $"  export {Variable}=\"Host=127.0.0.1;Port=5432;Username=app;Password=app\"   # a role with CREATEDB";

    /// <summary>The server's connection string, without a database.</summary>
    /// <exception cref="InvalidOperationException">The variable is not set: the message says how to start PostgreSQL.</exception>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : throw new InvalidOperationException(HowToStart);

    /// <summary>A new empty database on the server.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync()
    {
        var name = $"autodiag_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    internal static async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException($"Cannot reach the PostgreSQL server of {Variable} ({e.Message}).\n{HowToStart}", e);
        }
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>A database of the test server, dropped (connections closed by force) when disposed.</summary>
public sealed class PostgresTestDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE closes what is left open, but is refused when an autovacuum worker is on the database and the role
        // is not in pg_signal_backend (scripts/start-postgres.sh grants it); a plain DROP stops autovacuum itself.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PostgresTestServer.ExecuteOnServerAsync(attempt == 1
                    ? $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)"
                    : $"DROP DATABASE IF EXISTS \"{Name}\"");
                return;
            }
            catch (PostgresException e) when (attempt < 10 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
