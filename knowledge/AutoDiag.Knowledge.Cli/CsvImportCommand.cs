using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// What the imports share: <c>COMMAND FILE.csv [--connection "Data Source=data/autodiag.db"]</c>, the bot's
/// database (created or migrated first), all or nothing with a French report. The connection defaults to the
/// bot's: <c>ConnectionStrings__AutoDiag</c>, else <c>data/autodiag.db</c>.
/// </summary>
public abstract class CsvImportCommand : ICommand
{
    public abstract string Name { get; }

    public string Usage => "FICHIER.csv [--connection \"Data Source=data/autodiag.db\"]";

    /// <returns>The problems, when nothing was imported; else the summary to print.</returns>
    protected abstract Task<(IReadOnlyList<string> Problems, string Summary)> ImportAsync(IDbContextFactory<AutoDiagDbContext> database, TextReader reader);

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count < 1)
        {
            return 2;
        }

        var file = args[0];
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"Fichier introuvable : {file}");
            return 2;
        }

        var connectionIndex = args.ToList().IndexOf("--connection");
        var connectionString = connectionIndex > 0 && connectionIndex + 1 < args.Count
            ? args[connectionIndex + 1]
            : Environment.GetEnvironmentVariable("ConnectionStrings__AutoDiag") ?? "Data Source=data/autodiag.db";

        var database = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(
            new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite(connectionString).Options));
        await new DatabaseInitializer(database).InitializeAsync();

        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var (problems, summary) = await ImportAsync(database, reader);
        if (problems.Count > 0)
        {
            await error.WriteLineAsync("Rien n'a été importé :");
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"  {problem}");
            }
            return 1;
        }

        await output.WriteLineAsync(summary);
        return 0;
    }
}
