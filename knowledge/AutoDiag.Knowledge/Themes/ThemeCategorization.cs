namespace AutoDiag.Knowledge.Themes;

/// <summary>The themes of a text.</summary>
/// <param name="Themes">By decreasing confidence, ties in catalog order; empty when no theme fits.</param>
/// <param name="ReportsNoDifficulty">
/// True when the text says there is no difficulty (« pas de souci côté logement »); its themes are still listed.
/// </param>
public sealed record ThemeCategorization(IReadOnlyList<ThemeScore> Themes, bool ReportsNoDifficulty);
