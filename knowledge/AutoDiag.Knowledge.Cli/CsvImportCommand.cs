using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// What the imports share: <c>COMMAND FILE.csv [--connection "Data Source=data/autodiag.db"]</c>, the bot's
/// database (see <see cref="CliDatabase"/>), all or nothing with a French report.
/// </summary>
public abstract class CsvImportCommand : ICommand
{
    public abstract string Name { get; }

    public string Usage => "FICHIER.csv " + CliDatabase.Usage;

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

        var database = await CliDatabase.OpenAsync(args, create: true);

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
