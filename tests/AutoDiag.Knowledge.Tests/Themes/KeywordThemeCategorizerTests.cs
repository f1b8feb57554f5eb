using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Tests.Themes;

public sealed class KeywordThemeCategorizerTests
{
    private static readonly ThemeCatalog Catalog = ThemeCatalog.LoadDefault();

    private readonly KeywordThemeCategorizer _categorizer = new(Catalog);

    [Theory]
    [InlineData("le bus scolaire ne passe plus", new[] { "mobilite", "jeunesse" })]
    [InlineData("la secrétaire de mairie aide les anciens à faire leurs démarches en ligne",
        new[] { "acces-aux-droits", "vieillissement" })]
    [InlineData("les jeunes sans permis ne peuvent pas aller à la Mission Locale",
        new[] { "jeunesse", "mobilite", "insertion-emploi" })]
    [InlineData("Plus de médecin depuis 2019, les gens vont à 40 km", new[] { "sante", "mobilite" })]
    public void Categorize_FindsEveryThemeOfTheText(string text, string[] expected)
    {
        var themes = ThemeIds(text);

        Assert.Equal(expected.Order(), themes.Order());
    }

    [Theory]
    [InlineData("Plus de médecin depuis 2019, les gens vont à 40 km", "sante")]
    [InlineData("les PA isolées", "vieillissement")]
    [InlineData("beaucoup de familles au RSA", "precarite")]
    [InlineData("le bus scolaire ne passe plus", "mobilite")]
    public void Categorize_PutsTheMainThemeFirst(string text, string expected)
    {
        Assert.Equal(expected, ThemeIds(text)[0]);
    }

    [Theory]
    [InlineData("pas de souci côté logement", "logement")]
    [InlineData("RAS pour les jeunes", "jeunesse")]
    [InlineData("aucun problème de transport", "mobilite")]
    [InlineData("Pas de soucis particuliers pour les personnes âgées", "vieillissement")]
    [InlineData("R.A.S. côté santé", "sante")]
    [InlineData("À part ça, tout va bien pour le logement", "logement")]
    public void Categorize_NoDifficulty_KeepsTheThemeAndSaysSo(string text, string expected)
    {
        var result = _categorizer.Categorize(text);

        Assert.True(result.ReportsNoDifficulty);
        Assert.Equal(expected, Assert.Single(result.Themes).ThemeId);
    }

    [Fact]
    public void Categorize_NothingToReport_HasNoThemeButSaysSo()
    {
        var result = _categorizer.Categorize("Rien à signaler.");

        Assert.True(result.ReportsNoDifficulty);
        Assert.Empty(result.Themes);
    }

    [Theory]
    [InlineData("Ras-le-bol des transports, il n'y a plus rien")]
    [InlineData("le bus scolaire ne passe plus")]
    [InlineData("les jeunes n'ont pas de permis")]
    [InlineData("Pas de souci particulier, mais le bus ne passe plus")]
    [InlineData("RAS sauf pour les jeunes")]
    public void Categorize_Difficulty_DoesNotReportNoDifficulty(string text)
    {
        Assert.False(_categorizer.Categorize(text).ReportsNoDifficulty);
    }

    [Theory]
    [InlineData("😀😀")]
    [InlineData("bonjour")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Le programme du Pasteur")] // « ram » and « pa » only count as whole words
    [InlineData("On est en train de voir")] // « en train de » is not about trains
    [InlineData("Il pleut depuis lundi.")]
    [InlineData("Il ne vient pas car il n'a pas le temps")] // the conjunction « car » is not a coach
    public void Categorize_NoKeyword_NoTheme(string text)
    {
        var result = _categorizer.Categorize(text);

        Assert.Empty(result.Themes);
        Assert.False(result.ReportsNoDifficulty);
    }

    [Theory]
    // Jeunesse
    [InlineData("Pas assez de places en crèche, les nounous sont débordées", "jeunesse")]
    [InlineData("l'ALSH ferme en août et le CLSH n'a pas de section ados", "jeunesse")]
    [InlineData("Les collégiens traînent après les cours", "jeunesse")]
    // Vieillissement
    [InlineData("le portage de repas ne couvre pas les hameaux", "vieillissement")]
    [InlineData("PERSONNES AGEES seules l'hiver", "vieillissement")]
    [InlineData("Liste d'attente à l'EHPAD, le SSIAD est saturé", "vieillissement")]
    [InlineData("Le maintien à domicile repose sur l'ADMR", "vieillissement")]
    // Mobilité
    [InlineData("pas de TAD le dimanche", "mobilite")]
    [InlineData("Le covoiturage s'organise entre voisins", "mobilite")]
    [InlineData("Le car passe à 7h, bien trop tôt", "mobilite")]
    // Santé
    [InlineData("pas de docteur sur la commune", "sante")]
    [InlineData("Les généralistes partent à la retraite sans successeur", "sante")] // not about the elderly
    [InlineData("Personne pour accompagner les personnes handicapées", "sante")]
    // Accès aux droits
    [InlineData("La fibre n'arrive pas, zones blanches partout", "acces-aux-droits")]
    [InlineData("Fermeture de la trésorerie et de la Poste", "acces-aux-droits")]
    [InlineData("Ils ne savent pas remplir les papiers sur internet", "acces-aux-droits")]
    // Logement
    [InlineData("logements insalubres, chauffage au fioul hors de prix", "logement")]
    [InlineData("Des loyers trop chers pour un premier logement", "logement")]
    [InlineData("Pas d'hébergement d'urgence pour les femmes victimes de violences", "logement")]
    [InlineData("Le permis de construire est refusé", "logement")]
    [InlineData("Les saisonniers ne trouvent pas à se loger", "logement")]
    // Insertion et emploi
    [InlineData("Beaucoup de chômage depuis la fermeture de l'usine", "insertion-emploi")]
    [InlineData("les jeunes vont à la ML de Merville pour trouver du boulot", "insertion-emploi")]
    [InlineData("L'illettrisme freine l'accès à la formation", "insertion-emploi")]
    // Précarité
    [InlineData("Les Restos du Cœur distribuent de plus en plus de colis alimentaires", "precarite")]
    [InlineData("Les agriculteurs ont de petites retraites", "precarite")]
    [InlineData("Des familles en difficulté qui ne vont pas à l'épicerie sociale", "precarite")]
    // Lien social
    [InlineData("Les associations manquent de bénévoles", "lien-social")]
    [InlineData("Rien n'est prévu pour l'accueil des nouveaux arrivants", "lien-social")]
    // Gouvernance
    [InlineData("Le CCAS et le CIAS ne se coordonnent pas", "gouvernance")]
    [InlineData("Mettre en place un réseau des secrétaires de mairie", "gouvernance")]
    [InlineData("Prévoir la formation des élus au social", "gouvernance")]
    public void Categorize_TypicalAnswer_HasItsThemeFirst(string text, string expected)
    {
        Assert.Equal(expected, ThemeIds(text)[0]);
    }

    [Theory]
    [InlineData("Les aînés se retrouvent au club le jeudi", "vieillissement", "lien-social")]
    [InlineData("Le SAAD est porté par le CIAS", "vieillissement", "gouvernance")]
    [InlineData("précarité énergétique des ménages modestes", "logement", "precarite")]
    [InlineData("Les ados boivent, alcool et cannabis le week-end", "sante", "jeunesse")]
    [InlineData("Les loyers sont trop chers pour les jeunes", "logement", "jeunesse")]
    public void Categorize_BoundaryCases_LabelsBothThemes(string text, string first, string second)
    {
        var themes = ThemeIds(text);

        Assert.Contains(first, themes);
        Assert.Contains(second, themes);
    }

    [Fact]
    public void Categorize_EvidenceIsTheTextAsTyped()
    {
        var sante = _categorizer.Categorize("Plus de Médecin depuis 2019").Themes[0];

        Assert.Equal("sante", sante.ThemeId);
        Assert.Equal(["Plus de Médecin"], sante.Evidence);
    }

    [Fact]
    public void Categorize_EvidenceAcrossAbbreviationsAndElisions()
    {
        var result = _categorizer.Categorize("Les pers. âgées n'ont plus d'aide à domicile");

        var vieillissement = Assert.Single(result.Themes);
        Assert.Equal(["pers. âgées", "aide à domicile"], vieillissement.Evidence);
    }

    [Fact]
    public void Categorize_AccentsAndCaseDoNotMatter()
    {
        Assert.Equal(ThemeIds("personnes âgées"), ThemeIds("PERSONNES AGEES"));
        Assert.Equal(ThemeIds("l'emploi"), ThemeIds("emploi"));
        Assert.Equal(["vieillissement"], ThemeIds("Personne a\u0301ge\u0301e")); // decomposed accents
    }

    [Fact]
    public void Categorize_TwoHitsAreMoreConfidentThanOne()
    {
        var one = _categorizer.Categorize("les bénévoles").Themes[0];
        var two = _categorizer.Categorize("les associations et les bénévoles").Themes[0];

        Assert.Equal("lien-social", one.ThemeId);
        Assert.Equal("lien-social", two.ThemeId);
        Assert.True(two.Confidence > one.Confidence);
        Assert.InRange(one.Confidence, 0.01, 0.99);
        Assert.InRange(two.Confidence, 0.01, 0.99);
    }

    [Fact]
    public void Categorize_RepeatedWordCountsOnce()
    {
        var once = _categorizer.Categorize("les bénévoles").Themes[0];
        var twice = _categorizer.Categorize("les bénévoles, encore les bénévoles").Themes[0];

        Assert.Equal(once.Confidence, twice.Confidence);
        Assert.Single(twice.Evidence);
    }

    [Fact]
    public void Categorize_ConfidenceIsCapped()
    {
        var score = _categorizer.Categorize(
            "jeunes, crèche, nounou, ALSH, collège, parentalité, PIJ, espace jeunes, aide aux devoirs").Themes[0];

        Assert.Equal("jeunesse", score.ThemeId);
        Assert.InRange(score.Confidence, 0.9, 0.99);
    }

    [Fact]
    public void Categorize_TiesFollowCatalogOrder()
    {
        var result = _categorizer.Categorize("les collégiens et le bus");

        Assert.Equal(["jeunesse", "mobilite"], result.Themes.Select(score => score.ThemeId));
        Assert.Equal(result.Themes[0].Confidence, result.Themes[1].Confidence);
    }

    [Fact]
    public void Categorize_IsDeterministic()
    {
        const string text =
            "Les jeunes sans permis, les PA isolées et le CCAS débordé : pas de souci côté logement.";

        var first = Describe(_categorizer.Categorize(text));
        var again = Describe(_categorizer.Categorize(text));
        var otherInstance = Describe(new KeywordThemeCategorizer(ThemeCatalog.LoadDefault()).Categorize(text));

        Assert.Equal(first, again);
        Assert.Equal(first, otherInstance);
    }

    [Fact]
    public void Categorize_IsUsableThroughTheInterface()
    {
        IThemeCategorizer categorizer = _categorizer;

        Assert.Equal("mobilite", categorizer.Categorize("le car ne passe plus, pas de covoiturage").Themes[0].ThemeId);
    }

    [Fact]
    public void Categorize_EveryThemeIdIsInTheCatalog()
    {
        var result = _categorizer.Categorize(
            "jeunes, aînés, bus, médecin, internet, loyer, chômage, pauvreté, associations, CCAS");

        Assert.Equal(
            Catalog.All.Select(theme => theme.Id).Order(),
            result.Themes.Select(score => score.ThemeId).Order());
    }

    private List<string> ThemeIds(string text) =>
        _categorizer.Categorize(text).Themes.Select(score => score.ThemeId).ToList();

    private static string Describe(ThemeCategorization result) =>
        string.Join(" | ", result.Themes.Select(score =>
            $"{score.ThemeId}:{score.Confidence:R}:{string.Join(",", score.Evidence)}"))
        + $" | {result.ReportsNoDifficulty}";
}
