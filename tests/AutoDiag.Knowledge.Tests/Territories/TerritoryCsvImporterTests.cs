using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Territories;

public sealed class TerritoryCsvImporterTests : IAsyncLifetime
{
    private const string Header = "intercommunalite;population;annee_population;commune;departement;code_insee";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_good_file_adds_intercommunalities_and_communes_and_updates_known_ones()
    {
        var csv = $"""
            {Header}
            CC du Haut Allier;4500;2019;Langogne;Lozère;
            CC du Haut Allier;4500;2019;Naussac-Fontanes;Lozère;
            CC Flandre Lys;40239;2019;Merville;Nord;59400
            """;

        var report = await new TerritoryCsvImporter(database.Factory).ImportAsync(new StringReader(csv));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((1, 2, 1), (report.IntercommunalitiesAdded, report.CommunesAdded, report.CommunesUpdated));
        await using var db = database.Open();
        var hautAllier = await db.Intercommunalities.Include(i => i.Communes).SingleAsync(i => i.Name == "CC du Haut Allier");
        Assert.Equal((4500, 2019), (hautAllier.Population, hautAllier.PopulationYear));
        Assert.Equal(["Langogne", "Naussac-Fontanes"], hautAllier.Communes.Select(c => c.Name).Order());
        Assert.Equal("59400", (await db.Communes.SingleAsync(c => c.Name == "Merville")).InseeCode);
    }

    [Theory]
    [InlineData("intercommunalite;commune_x\nA;B", "En-tête attendu")]
    [InlineData(Header + "\n;4500;2019;Langogne;Lozère;", "Ligne 2 : l'intercommunalité et la commune sont obligatoires.")]
    [InlineData(Header + "\nCC A;-3;2019;Langogne;Lozère;", "Ligne 2 : la population doit être un nombre positif.")]
    [InlineData(Header + "\nCC A;mille;2019;Langogne;Lozère;", "Ligne 2 : valeur illisible")]
    [InlineData(Header + "\nCC A;10;2019;Langogne;;\nCC A;10;2019;Langogne;;", "Ligne 3 : la commune « Langogne » apparaît deux fois.")]
    [InlineData(Header, "Le fichier ne contient aucune commune.")]
    public async Task A_bad_file_is_reported_and_nothing_is_imported(string csv, string expectedError)
    {
        var report = await new TerritoryCsvImporter(database.Factory).ImportAsync(new StringReader(csv));

        Assert.False(report.Succeeded);
        Assert.Contains(report.Errors, e => e.StartsWith(expectedError, StringComparison.Ordinal));
        await using var db = database.Open();
        Assert.Equal(1, await db.Intercommunalities.CountAsync());
        Assert.Equal(8, await db.Communes.CountAsync());
    }
}
