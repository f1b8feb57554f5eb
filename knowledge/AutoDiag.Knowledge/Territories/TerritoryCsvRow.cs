using CsvHelper.Configuration.Attributes;

namespace AutoDiag.Knowledge.Territories;

/// <summary>One line of a territories file: a commune and the intercommunalité it belongs to.</summary>
public sealed class TerritoryCsvRow
{
    [Name("intercommunalite")] public string Intercommunality { get; set; } = "";
    [Name("population")] [Optional] public int? Population { get; set; }
    [Name("annee_population")] [Optional] public int? PopulationYear { get; set; }
    [Name("commune")] public string Commune { get; set; } = "";
    [Name("departement")] [Optional] public string? Departement { get; set; }
    [Name("code_insee")] [Optional] public string? InseeCode { get; set; }
}
