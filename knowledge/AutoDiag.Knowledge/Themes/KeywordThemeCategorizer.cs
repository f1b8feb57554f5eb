using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// The naive baseline: looks for the keywords of each theme of the catalog, with no training. Kept to measure the
/// trained <see cref="LocalThemeCategorizer"/> against (evaluate --baseline). Deterministic.
/// </summary>
public sealed class KeywordThemeCategorizer : IThemeCategorizer
{
    // Keywords never make a theme certain.
    private const double MaxConfidence = 0.95;

    private readonly IReadOnlyList<(string ThemeId, PhraseMatcher Keywords)> _themes;
    private readonly NoDifficultyDetector _noDifficulty = new();

    /// <exception cref="ArgumentException">A keyword of the catalog contains no word.</exception>
    public KeywordThemeCategorizer(ThemeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _themes = catalog.All.Select(theme => (theme.Id, new PhraseMatcher(theme.Keywords))).ToList();
    }

    public ThemeCategorization Categorize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = FrenchText.Tokenize(text);
        var scores = _themes
            .Select(theme => Score(theme.ThemeId, theme.Keywords, text, tokens))
            .OfType<ThemeScore>()
            // OrderByDescending is stable: equal confidences keep catalog order.
            .OrderByDescending(score => score.Confidence)
            .ToList();
        return new ThemeCategorization(scores, _noDifficulty.IsPresentIn(tokens));
    }

    private static ThemeScore? Score(
        string themeId, PhraseMatcher keywords, string text, IReadOnlyList<TextToken> tokens)
    {
        // Each distinct keyword counts once, however often it is repeated.
        var hits = keywords.Find(tokens).DistinctBy(hit => hit.Phrase).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var weight = hits.Sum(hit => hit.Phrase.Weight);
        var confidence = Math.Min(MaxConfidence, 1 - Math.Pow(0.5, weight));
        var evidence = hits.Select(hit => Excerpt(text, tokens, hit)).ToList();
        return new ThemeScore(themeId, confidence, evidence);
    }

    private static string Excerpt(string text, IReadOnlyList<TextToken> tokens, PhraseHit hit)
    {
        var start = tokens[hit.FirstToken].Start;
        return text[start..tokens[hit.EndToken - 1].End];
    }
}
