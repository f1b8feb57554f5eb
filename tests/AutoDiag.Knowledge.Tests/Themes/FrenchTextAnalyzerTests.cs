using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class FrenchTextAnalyzerTests
{
    private static readonly FrenchTextAnalyzer Analyzer = FrenchTextAnalyzer.LoadDefault();

    [Theory]
    [InlineData("l'emploi", "emploi")]
    [InlineData("d’accueil", "accueil")] // typographic apostrophe
    [InlineData("qu'aujourd'hui", "aujourd'hui")]
    [InlineData("jusqu'au", "au")]
    public void Analyze_RemovesElisions(string text, string surface)
    {
        Assert.Equal(surface, Assert.Single(Analyzer.Analyze(text)).Surface);
    }

    [Theory]
    [InlineData("personnes âgées", "PERSONNES AGEES")]
    [InlineData("personnes âgées", "personnes agees")]
    [InlineData("personnes âgées", "Personne a\u0302ge\u0301e")] // decomposed accents
    [InlineData("l'hôpital", "l hopital")]
    [InlineData("cœur", "coeur")]
    [InlineData("logements", "logement")]
    [InlineData("les jeunes", "le jeune")]
    public void Analyze_SameKeysWhateverCaseAccentsElisionsAndPlurals(string text, string variant)
    {
        Assert.Equal(Keys(text, contentOnly: true), Keys(variant, contentOnly: true));
    }

    [Fact]
    public void Analyze_MarksStopWordsAndNumbersAsNotContent()
    {
        var tokens = Analyzer.Analyze("Il y a 40 km pour aller au médecin");

        Assert.Equal(["km", "aller", "medecin"], tokens.Where(t => t.IsContent).Select(t => t.Folded));
    }

    [Fact]
    public void Analyze_KeepsOffsetsInTheOriginalText()
    {
        const string text = "Plus d'hôpital à l'Est";

        var tokens = Analyzer.Analyze(text);

        Assert.Equal(["Plus", "hôpital", "à", "Est"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("les PA isolées", "les personnes âgées isolées")]
    [InlineData("pers. âgées", "personnes âgées")]
    [InlineData("pas de TAD", "pas de transport à la demande")]
    [InlineData("la ML", "la mission locale")]
    [InlineData("les ados", "les adolescents")]
    [InlineData("l'EHPAD", "établissement d'hébergement pour personnes âgées dépendantes")]
    [InlineData("le ccas", "le centre communal d'action sociale")]
    [InlineData("pas de pb", "pas de problème")]
    public void Analyze_ExpandsAbbreviations(string text, string expansion)
    {
        Assert.Equal(Keys(expansion), Keys(text));
    }

    [Theory]
    [InlineData("pa")] // only the capitals stand for « personnes âgées »
    [InlineData("10 ml de sirop")] // millilitres, not the Mission Locale
    [InlineData("ram")]
    public void Analyze_LowerCaseFormsOfCaseSensitiveAbbreviationsAreWords(string text)
    {
        Assert.Equal(text.Split(' ').Select(word => word.ToLowerInvariant()), Analyzer.Analyze(text).Select(t => t.Folded));
    }

    [Fact]
    public void Analyze_ExpansionsPointAtTheAbbreviationAsTyped()
    {
        const string text = "Pas de TAD ici";

        var expansion = Analyzer.Analyze(text).Where(t => t.Surface != "Pas" && t.Surface != "de" && t.Surface != "ici");

        Assert.All(expansion, token => Assert.Equal("TAD", text[token.Start..token.End]));
    }

    [Fact]
    public void Load_RejectsAnAbbreviationGivenTwice()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("abbreviations-").FullName, "a.json");
        File.WriteAllText(path, """[{"short": "TAD", "long": "transport", "matchCase": false}, {"short": "tad", "long": "x", "matchCase": false}]""");

        var error = Assert.Throws<InvalidDataException>(() => AbbreviationTable.Load(path));

        Assert.Contains("'tad' is given twice", error.Message);
    }

    [Fact]
    public void Load_RejectsAnAbbreviationOfSeveralWords()
    {
        Assert.Throws<ArgumentException>(() => new AbbreviationTable([new Abbreviation("com com", "communauté de communes", false)]));
    }

    private static List<string> Keys(string text, bool contentOnly = false) =>
        Analyzer.Analyze(text).Where(t => !contentOnly || t.IsContent).Select(t => t.Key).ToList();
}
