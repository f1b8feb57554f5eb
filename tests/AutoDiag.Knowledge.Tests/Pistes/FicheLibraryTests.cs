using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Tests.Pistes;

public sealed class FicheLibraryTests
{
    private static readonly FicheLibrary Library = FicheLibrary.LoadDefault();

    [Fact]
    public void LoadDefault_ReadsTheTwelveFiches()
    {
        Assert.Equal(12, Library.Fiches.Count);
        Assert.All(Library.Fiches, fiche =>
        {
            Assert.False(string.IsNullOrWhiteSpace(fiche.Territory));
            Assert.False(string.IsNullOrWhiteSpace(fiche.Departement));
            Assert.NotEmpty(fiche.Axes);
            Assert.NotEmpty(fiche.Calendar);
            Assert.NotEmpty(fiche.Comments);
        });
        Assert.Equal(12, Library.Fiches.Select(fiche => fiche.Territory).Distinct().Count());
    }

    [Fact]
    public void LoadDefault_EveryAxisHasValidThemeIds()
    {
        var ids = ThemeCatalog.LoadDefault().All.Select(theme => theme.Id).ToHashSet();
        Assert.All(Library.Fiches.SelectMany(fiche => fiche.Axes), axis =>
        {
            Assert.NotEmpty(axis.Themes);
            Assert.All(axis.Themes, id => Assert.Contains(id, ids));
        });
    }

    [Fact]
    public void LoadDefault_KeepsTheSeedFigures()
    {
        var hautAllier = Assert.IsType<Fiche>(Library.Find("cc du haut allier"));
        Assert.Equal(4500, hautAllier.Population);
        Assert.Equal(2019, hautAllier.PopulationYear);
        Assert.Equal(9, hautAllier.Communes);
        Assert.Contains("Des aides à l'obtention du permis de conduire", hautAllier.Axes[0].Orientations);

        var savoyard = Assert.IsType<Fiche>(Library.Find("Syndicat mixte Avant Pays Savoyard"));
        Assert.Null(savoyard.Population); // the fiche gives only the three CCs' figures
        Assert.Equal(36, savoyard.Communes);
    }

    [Theory]
    [InlineData("""[{"territory": "", "departement": "12", "calendar": [], "axes": [], "comments": []}]""", "territory")]
    [InlineData("""[{"territory": "CC X", "departement": "12", "calendar": [], "comments": [], "axes": [{"title": "T", "themes": ["inconnu"], "enjeux": [], "orientations": [], "actions": []}]}]""", "inconnu")]
    [InlineData("""[{"territory": "CC X", "departement": "12", "calendar": [], "comments": []}]""", "axes")]
    [InlineData("""[{"territory": "CC X", "departement": "12", "calendar": [], "axes": [], "comments": [], "populaton": 3}]""", "populaton")]
    public void Load_RefusesInvalidFiles(string json, string mentioned)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, json);
            var error = Assert.Throws<InvalidDataException>(() => FicheLibrary.Load(path, ["jeunesse"]));
            Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
