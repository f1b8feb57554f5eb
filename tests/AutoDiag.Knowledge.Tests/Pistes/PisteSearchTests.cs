using AutoDiag.Knowledge.Pistes;

namespace AutoDiag.Knowledge.Tests.Pistes;

public sealed class PisteSearchTests
{
    private static readonly PisteSearch Search = PisteSearch.LoadDefault();

    [Fact]
    public void PermisDeConduireJeunes_FindsTheFichesThatMentionThePermis()
    {
        var results = Search.Search("permis de conduire jeunes");

        Assert.Equal(3, results.Count);
        // Dronne et Belle puts it under its youth policy; Haut Allier under précarité.
        Assert.Equal("CC Dronne et Belle", results[0].Territory);
        Assert.Equal("Accompagner l'accès au permis de conduire", results[0].Text);
        Assert.Equal(PisteKind.Action, results[0].Kind);
        var hautAllier = Assert.Single(results, piste => piste.Territory == "CC du Haut Allier");
        Assert.Equal("CC du Haut Allier — aides à l'obtention du permis de conduire", hautAllier.Citation);
    }

    [Fact]
    public void PortageDeRepasPersonnesAgees_FindsTheFichesWithPortageDeRepas()
    {
        var results = Search.Search("portage de repas personnes âgées");

        Assert.Equal(3, results.Count);
        Assert.All(results, piste => Assert.Contains("portage", piste.Text, StringComparison.OrdinalIgnoreCase));
        string[] withPortage =
            ["CC Nord Est Béarn", "CC du Pilat Rhodanien", "CC Oust Brocéliande", "CC Pontivy Communauté", "CC Grand Arras"];
        Assert.All(results, piste => Assert.Contains(piste.Territory, withPortage));
    }

    [Theory]
    [InlineData("portage de repas personnes âgées", "portage de repas personnes agees")]
    [InlineData("portage de repas personnes âgées", "PORTAGE DES REPAS PERSONNES AGEES")]
    [InlineData("portage de repas personnes âgées", "portage de repas PA")]
    [InlineData("permis de conduire jeunes", "permis de conduire des jeunes")]
    [InlineData("transport à la demande", "TAD")]
    public void Variants_GiveTheSameResults(string query, string variant)
    {
        Assert.Equal(Citations(Search.Search(query)), Citations(Search.Search(variant)));
    }

    [Fact]
    public void ThemeFilter_KeepsOnlyPistesOfThatTheme()
    {
        var results = Search.Search("permis de conduire jeunes", count: 5, themeId: "precarite");

        Assert.NotEmpty(results);
        Assert.All(results, piste => Assert.Contains("precarite", piste.Themes));
        Assert.Equal("CC du Haut Allier", results[0].Territory);
    }

    [Theory]
    [InlineData("cc dronne et belle", "CC Dronne et Belle")]
    [InlineData("Communauté de communes Dronne-et-Belle", "CC Dronne et Belle")]
    [InlineData("Communauté de communes du Haut-Allier", "CC du Haut Allier")]
    [InlineData("Haut Allier", "CC du Haut Allier")]
    public void ExcludedTerritory_NeverAppears_HoweverItsLegalFormIsWritten(string excluded, string territory)
    {
        var results = Search.Search("permis de conduire jeunes", count: 10, excludeTerritory: excluded);

        Assert.NotEmpty(results);
        Assert.DoesNotContain(results, piste => piste.Territory == territory);
    }

    [Fact]
    public void ExcludingATerritory_KeepsTheOthersInOrder()
    {
        var results = Search.Search("permis de conduire jeunes", count: 10, excludeTerritory: "cc dronne et belle");

        Assert.Equal("CC du Haut Allier", results[0].Territory);
    }

    [Fact]
    public void Results_AreDeterministic_AndTiesOrderedByTerritoryThenText()
    {
        using var other = PisteSearch.LoadDefault();
        foreach (var query in new[] { "mobilité", "fracture numérique", "CIAS", "maison de santé médecins" })
        {
            var first = Search.Search(query, count: 10);
            Assert.Equal(Citations(first), Citations(other.Search(query, count: 10)));
            Assert.Equal(Citations(first), Citations(Search.Search(query, count: 10)));
            for (var index = 1; index < first.Count; index++)
            {
                var (previous, current) = (first[index - 1], first[index]);
                Assert.True(previous.Score >= current.Score);
                if (previous.Score.Equals(current.Score))
                {
                    Assert.True(
                        string.CompareOrdinal(previous.Territory, current.Territory) < 0
                        || (previous.Territory == current.Territory && string.CompareOrdinal(previous.Text, current.Text) <= 0));
                }
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("le la les de")]
    [InlineData("zzzz")]
    public void QueriesWithoutAnyMatch_GiveNothing(string query)
    {
        Assert.Empty(Search.Search(query));
    }

    [Fact]
    public void Index_HoldsEveryOrientationAndAction()
    {
        var library = FicheLibrary.LoadDefault();
        var expected = library.Fiches.SelectMany(fiche => fiche.Axes).Sum(axis => axis.Orientations.Count + axis.Actions.Count);
        Assert.Equal(expected, Search.All.Count);
    }

    [Theory]
    [InlineData("Des aides à l'obtention du permis de conduire", "aides à l'obtention du permis de conduire")]
    [InlineData("Créer un PIJ, le rendre itinérant", "créer un PIJ, le rendre itinérant")]
    [InlineData("ALSH - Tendre à une uniformisation", "ALSH - Tendre à une uniformisation")]
    [InlineData("Identification d'un élu référent par commune.", "identification d'un élu référent par commune")]
    // The fiches' plain spaces around « » and before « : » become the non-breaking ones French typography wants.
    [InlineData("Les familles dites « invisibles » : les repérer", "familles dites «\u00A0invisibles\u00A0»\u00A0: les repérer")]
    public void Citation_DropsTheLeadingArticleAndCapital(string text, string cited)
    {
        Assert.Equal(cited, Piste.CitationText(text));
    }

    private static List<string> Citations(IEnumerable<Piste> pistes) => pistes.Select(piste => piste.Citation).ToList();
}
