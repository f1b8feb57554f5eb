using AutoDiag.Knowledge.Themes;
using Moq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// The conversation tests check what the bot does with the themes it gets (shows them, stores them,
/// asks the risk of each); the categoriser's own quality is measured in the knowledge tests. So the
/// conversations run on these fixed answers, whatever the model learns next.
/// </summary>
public static class ScriptedCategorizer
{
    private static readonly Dictionary<string, string[]> Themes = new()
    {
        ["Les jeunes sans permis ne peuvent pas aller à la Mission Locale"] = ["mobilite", "insertion-emploi", "jeunesse"],
        ["Beaucoup de familles au RSA"] = ["precarite"],
        ["Le CCAS distribue des colis alimentaires"] = ["precarite", "gouvernance"],
        ["Le médecin part à la retraite l'an prochain"] = ["sante"],
        ["Plus de médecin depuis 2019"] = ["sante"],
        ["Les personnes âgées isolées"] = ["vieillissement", "lien-social"],
        ["Beaucoup de personnes âgées isolées"] = ["vieillissement", "lien-social"],
        ["Le bus ne passe plus le samedi"] = ["mobilite"],
        ["Les familles monoparentales manquent de solutions de garde."] = ["jeunesse"],
        ["La médiathèque propose des ateliers numériques"] = ["lien-social", "acces-aux-droits"],
        ["La médiathèque accueille les familles"] = ["lien-social"],
    };

    public static Mock<IThemeCategorizer> Create()
    {
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns((string text) => Categorize(text));
        return categorizer;
    }

    private static ThemeCategorization Categorize(string text)
    {
        var known = Themes.FirstOrDefault(t => text.StartsWith(t.Key, StringComparison.Ordinal)).Value ?? [];
        return new ThemeCategorization(
            known.Select((id, index) => new ThemeScore(id, 0.9 - index * 0.1, [id])).ToList(),
            ReportsNoDifficulty: false);
    }
}
