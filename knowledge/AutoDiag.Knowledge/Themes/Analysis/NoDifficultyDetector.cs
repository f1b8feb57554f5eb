namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// Recognises answers saying there is no difficulty (« pas de souci côté logement », « RAS pour les jeunes »):
/// they are still about a theme, but must not be read as a difficulty. Works on analysed tokens, so abbreviations
/// are already expanded (« pas de pb » = « pas de problème »).
/// </summary>
internal sealed class NoDifficultyDetector
{
    private static readonly string[] Markers =
    [
        "pas de souci", "aucun souci", "pas vraiment de souci", "sans souci",
        "pas de problème", "aucun problème", "pas vraiment de problème", "pas de problématique",
        "pas de difficulté", "aucune difficulté", "pas vraiment de difficulté", "pas de difficulté particulière",
        "pas de besoin", "aucun besoin", "pas de manque", "pas d'inquiétude", "aucune inquiétude",
        "RAS", "R.A.S", "RàS", "rien à signaler", "rien à dire", "rien de particulier", "rien de spécial",
        "tout va bien", "ça va", "ça se passe bien", "ça fonctionne bien", "fonctionne bien", "fonctionnent bien",
        "ça roule", "néant", "pas concerné", "pas concernés", "non concerné", "non concernés",
    ];

    // Expressions that contain a marker but say the opposite.
    private static readonly string[] Exceptions = ["ras-le-bol", "ça va pas", "ça va plus", "ça va mal"];

    // After a marker, these announce a difficulty after all: « pas de souci, mais le bus ne passe plus ».
    private static readonly string[] Contrasts =
        ["mais", "sauf", "par contre", "en revanche", "cependant", "toutefois", "néanmoins", "hormis", "à part"];

    private readonly PhraseMatcher _markers = new(Markers);
    private readonly PhraseMatcher _exceptions = new(Exceptions);
    private readonly PhraseMatcher _contrasts = new(Contrasts);

    public bool IsPresentIn(IReadOnlyList<TextToken> tokens)
    {
        var exceptions = _exceptions.Find(tokens);
        var contrasts = _contrasts.Find(tokens);
        return _markers.Find(tokens).Any(marker =>
            !exceptions.Any(exception => exception.Covers(marker))
            && !contrasts.Any(contrast => contrast.FirstToken >= marker.EndToken));
    }
}
