namespace AutoDiag.Knowledge.Themes;

/// <summary>The themes of a text.</summary>
/// <param name="Themes">
/// The union of the items' themes, each with its highest confidence: the main theme first, then by decreasing
/// confidence, ties in catalog order; empty when no theme fits (« aucun thème »).
/// </param>
/// <param name="ReportsNoDifficulty">
/// True when the text says there is no difficulty (« pas de souci côté logement »): every item that has a theme
/// says so, and at least one item does. Its themes are still listed.
/// </param>
/// <param name="Items">The items the text lists, in order, each categorised on its own; empty when not given.</param>
public sealed record ThemeCategorization(
    IReadOnlyList<ThemeScore> Themes, bool ReportsNoDifficulty, IReadOnlyList<CategorizedItem>? Items = null)
{
    /// <summary>The items the text lists, in order; never null.</summary>
    public IReadOnlyList<CategorizedItem> Items { get; init; } = Items ?? [];
}
