using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Analysis;
using Moq;

namespace AutoDiag.Knowledge.Tests.Themes;

/// <summary>Training from the corpus and from human corrections (each test retrains its own instance).</summary>
public sealed class LocalThemeCategorizerTrainingTests
{
    private static readonly ThemeCatalog Catalog = ThemeCatalog.LoadDefault();
    private static readonly FrenchTextAnalyzer Analyzer = FrenchTextAnalyzer.LoadDefault();

    private readonly LocalThemeCategorizer _categorizer = LocalThemeCategorizer.LoadDefault();

    [Fact]
    public void Create_LearnsFromTheCorpusItIsGiven()
    {
        var categorizer = LocalThemeCategorizer.Create(Catalog, Analyzer,
        [
            new LabelledText("la déchetterie ferme le samedi", ["acces-aux-droits"]),
            new LabelledText("le bus ne passe plus", ["mobilite"]),
            new LabelledText("rien d'autre", []),
        ]);

        Assert.Equal("acces-aux-droits", categorizer.Categorize("Déchetterie fermée le samedi matin").Themes[0].ThemeId);
    }

    [Fact]
    public void Retrain_ACorrectionChangesThePredictionOfASimilarText()
    {
        const string similar = "la déchetterie est fermée le samedi, les habitants râlent";
        Assert.NotEqual("acces-aux-droits", ThemeIds(similar).FirstOrDefault());

        _categorizer.Retrain([new LabelledText("La déchetterie ferme le samedi après-midi", ["acces-aux-droits"])]);

        Assert.Equal("acces-aux-droits", ThemeIds(similar).FirstOrDefault());
        Assert.Equal(1, _categorizer.CorrectionCount);
    }

    [Fact]
    public void Retrain_TheCorrectedTextGetsExactlyTheHumanThemes()
    {
        _categorizer.Retrain([new LabelledText("Les gens du coin vont au marché de Rignac", ["lien-social", "mobilite"])]);

        var result = _categorizer.Categorize("les gens du coin vont au MARCHE de rignac !");

        Assert.Equal(["lien-social", "mobilite"], result.Themes.Select(t => t.ThemeId));
        Assert.All(result.Themes, score => Assert.Equal(1, score.Confidence));
    }

    [Fact]
    public void Retrain_ACorrectionToNoThemeIsKept()
    {
        const string text = "le bus scolaire de la kermesse, c'était bien";

        _categorizer.Retrain([new LabelledText(text, [])]);

        Assert.Empty(_categorizer.Categorize(text).Themes);
    }

    [Fact]
    public void Retrain_OfTwoCorrectionsOfTheSameTextTheLaterWins()
    {
        _categorizer.Retrain(
        [
            new LabelledText("la halle est vide", ["logement"]),
            new LabelledText("La halle est vide", ["lien-social"]),
        ]);

        Assert.Equal(["lien-social"], ThemeIds("la halle est vide"));
    }

    [Fact]
    public void Retrain_TakesTheWholeSetOfCorrections_SoAnEmptySetRestoresTheCorpusModel()
    {
        const string text = "les gens du voyage stationnent sur le terrain de foot";
        var before = Describe(text);

        _categorizer.Retrain([new LabelledText(text, ["gouvernance"])]);
        Assert.NotEqual(before, Describe(text));
        _categorizer.Retrain([]);

        Assert.Equal(before, Describe(text));
        Assert.Equal(0, _categorizer.CorrectionCount);
    }

    [Fact]
    public void Retrain_AnUnknownThemeIdIsRefusedAndTheModelKept()
    {
        var before = Describe("le bus scolaire ne passe plus");

        var error = Assert.Throws<ArgumentException>(
            () => _categorizer.Retrain([new LabelledText("le bus scolaire ne passe plus", ["transport"])]));

        Assert.Contains("'transport'", error.Message);
        Assert.Equal(before, Describe("le bus scolaire ne passe plus"));
    }

    [Fact]
    public async Task RetrainAsync_ReadsTheCorrectionsOfTheSource()
    {
        var source = new Mock<ITrainingExampleSource>();
        source.Setup(s => s.GetExamplesAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync([new LabelledText("La halle est vide", ["lien-social"])]);

        await _categorizer.RetrainAsync(source.Object);

        Assert.Equal(["lien-social"], ThemeIds("la halle est vide"));
    }

    [Fact]
    public async Task Retrain_WhileCategorising_EveryAnswerComesFromOneWholeModel()
    {
        const string text = "la halle est vide ; le bus scolaire ne passe plus";
        var withoutCorrection = Describe(text);
        _categorizer.Retrain([new LabelledText("la halle est vide", ["lien-social"])]);
        var withCorrection = Describe(text);
        _categorizer.Retrain([]);

        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var seen = new HashSet<string>();
            while (!stop.IsCancellationRequested)
            {
                seen.Add(Describe(text));
            }

            return seen;
        })).ToList();
        for (var round = 0; round < 4; round++)
        {
            _categorizer.Retrain(round % 2 == 0 ? [new LabelledText("la halle est vide", ["lien-social"])] : []);
        }

        await stop.CancelAsync();
        foreach (var seen in await Task.WhenAll(readers))
        {
            Assert.Subset(new HashSet<string> { withoutCorrection, withCorrection }, seen);
        }
    }

    [Fact]
    public void ThemeCategorization_ItemsAreNeverNull()
    {
        var categorization = new ThemeCategorization([new ThemeScore("logement", 0.8, ["logement"])], ReportsNoDifficulty: true);

        Assert.Empty(categorization.Items);
    }

    private List<string> ThemeIds(string text) => _categorizer.Categorize(text).Themes.Select(t => t.ThemeId).ToList();

    private string Describe(string text) =>
        string.Join(" | ", _categorizer.Categorize(text).Themes.Select(t => $"{t.ThemeId}:{t.Confidence:R}"));
}
