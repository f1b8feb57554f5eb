using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Cli;

/// <summary><c>import-participants FILE.csv</c>: enrols the people of a roster (<c>nom;email;role;intercommunalite;communes</c>).</summary>
public sealed class ImportParticipantsCommand : CsvImportCommand
{
    public override string Name => "import-participants";

    protected override async Task<(IReadOnlyList<string> Problems, string Summary)> ImportAsync(IDbContextFactory<AutoDiagDbContext> database, TextReader reader)
    {
        var report = await new RosterCsvImporter(database, TimeProvider.System).ImportAsync(reader);
        return (report.Errors,
            $"Importé : {report.ParticipantsAdded} participant(s). Chacun sera reconnu à son premier message dans Teams, par son adresse e-mail.");
    }
}
