using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Cli;

/// <summary><c>import-territories FILE.csv</c>: loads intercommunalités and communes.</summary>
public sealed class ImportTerritoriesCommand : CsvImportCommand
{
    public override string Name => "import-territories";

    protected override async Task<(IReadOnlyList<string> Problems, string Summary)> ImportAsync(IDbContextFactory<AutoDiagDbContext> database, TextReader reader)
    {
        var report = await new TerritoryCsvImporter(database).ImportAsync(reader);
        return (report.Errors,
            $"Importé : {report.IntercommunalitiesAdded} intercommunalité(s) ajoutée(s), {report.CommunesAdded} commune(s) ajoutée(s), {report.CommunesUpdated} mise(s) à jour.");
    }
}
