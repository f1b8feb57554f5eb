using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// The bot's database for a command: <c>--connection "Data Source=…"</c>, else <c>ConnectionStrings__AutoDiag</c>,
/// else <c>data/autodiag.db</c>; created or migrated first.
/// </summary>
public static class CliDatabase
{
    public const string Usage = "[--connection \"Data Source=data/autodiag.db\"]";

    public static async Task<IDbContextFactory<AutoDiagDbContext>> OpenAsync(IReadOnlyList<string> args)
    {
        var connectionIndex = args.ToList().IndexOf("--connection");
        var connectionString = connectionIndex >= 0 && connectionIndex + 1 < args.Count
            ? args[connectionIndex + 1]
            : Environment.GetEnvironmentVariable("ConnectionStrings__AutoDiag") ?? "Data Source=data/autodiag.db";

        var database = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(
            new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite(connectionString).Options));
        await new DatabaseInitializer(database).InitializeAsync();
        return database;
    }

    /// <summary>The arguments that are not the connection option.</summary>
    public static IReadOnlyList<string> Positional(IReadOnlyList<string> args)
    {
        var connectionIndex = args.ToList().IndexOf("--connection");
        return connectionIndex < 0 ? args : args.Where((_, i) => i != connectionIndex && i != connectionIndex + 1).ToList();
    }
}
