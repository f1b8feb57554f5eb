using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// The bot's database for a command, configured like the bot: the connection is <c>--connection "…"</c>, else
/// <c>ConnectionStrings__AutoDiag</c>, else <c>data/autodiag.db</c>; the provider is <c>--provider Sqlite|Postgres</c>,
/// else <c>Database__Provider</c>, else SQLite. Migrated first; an SQLite file that does not exist is created only by
/// the commands that fill a database (the imports): the others would read an empty one and find nothing.
/// </summary>
public static class CliDatabase
{
    public const string Usage = "[--connection \"Data Source=data/autodiag.db\"] [--provider Sqlite|Postgres]";

    private static readonly string[] Options = ["--connection", "--provider"];

    /// <param name="create">Whether a missing SQLite file is created (with its folder).</param>
    /// <exception cref="CliDatabaseMissingException">A missing SQLite file, when not to be created.</exception>
    public static async Task<IDbContextFactory<AutoDiagDbContext>> OpenAsync(IReadOnlyList<string> args, bool create = false)
    {
        var connectionString = Option(args, "--connection")
            ?? Environment.GetEnvironmentVariable("ConnectionStrings__AutoDiag")
            ?? AutoDiagDatabase.DefaultSqliteConnectionString;
        var provider = AutoDiagDatabase.ParseProvider(Option(args, "--provider") ?? Environment.GetEnvironmentVariable("Database__Provider"));
        if (provider == DatabaseProvider.Sqlite && AutoDiagDatabase.SqliteFileOf(connectionString) is { } file && !File.Exists(file))
        {
            if (!create)
            {
                throw new CliDatabaseMissingException(file);
            }
            AutoDiagDatabase.CreateSqliteFolder(connectionString);
        }

        var database = AutoDiagDatabase.CreateFactory(provider, connectionString);
        await new DatabaseInitializer(database).InitializeAsync();
        return database;
    }

    /// <summary>The arguments that are not the connection or provider options.</summary>
    public static IReadOnlyList<string> Positional(IReadOnlyList<string> args)
    {
        var skipped = new HashSet<int>();
        foreach (var option in Options)
        {
            var index = args.ToList().IndexOf(option);
            if (index >= 0)
            {
                skipped.Add(index);
                skipped.Add(index + 1);
            }
        }
        return skipped.Count == 0 ? args : args.Where((_, i) => !skipped.Contains(i)).ToList();
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
