using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>import-participants FILE.csv [--connection "Data Source=data/autodiag.db"]</c>: enrols the people of a roster
/// (<c>nom;email;role;intercommunalite;communes</c>). The connection defaults to the bot's:
/// <c>ConnectionStrings__AutoDiag</c>, else <c>data/autodiag.db</c>.
/// </summary>
public sealed class ImportParticipantsCommand : ICommand
{
    public string Name => "import-participants";

    public string Usage => "FICHIER.csv [--connection \"Data Source=data/autodiag.db\"]";

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

        var factory = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(
            new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite(connectionString).Options));
        await new DatabaseInitializer(factory).InitializeAsync();

        using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var report = await new RosterCsvImporter(factory, TimeProvider.System).ImportAsync(reader);
        if (!report.Succeeded)
        {
            await error.WriteLineAsync("Rien n'a été importé :");
            foreach (var problem in report.Errors)
            {
                await error.WriteLineAsync($"  {problem}");
            }
            return 1;
        }

        await output.WriteLineAsync(
            $"Importé : {report.ParticipantsAdded} participant(s). Chacun sera reconnu à son premier message dans Teams, par son adresse e-mail.");
        return 0;
    }
}
