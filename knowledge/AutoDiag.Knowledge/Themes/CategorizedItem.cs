namespace AutoDiag.Knowledge.Themes;

/// <summary>One item of a message (a line, a bullet, a clause), with its own themes.</summary>
/// <param name="Text">The item as typed, trimmed.</param>
/// <param name="Themes">Main theme first, then by decreasing confidence; empty when no theme fits.</param>
/// <param name="ReportsNoDifficulty">The item says there is no difficulty (« RAS pour les jeunes »).</param>
public sealed record CategorizedItem(string Text, IReadOnlyList<ThemeScore> Themes, bool ReportsNoDifficulty);
