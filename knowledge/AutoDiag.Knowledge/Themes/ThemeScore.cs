namespace AutoDiag.Knowledge.Themes;

/// <summary>A theme recognised in a text.</summary>
/// <param name="ThemeId">The theme's stable id.</param>
/// <param name="Confidence">Between 0 and 1; higher means more evidence.</param>
/// <param name="Evidence">The words or expressions of the text that point to the theme, as typed.</param>
public sealed record ThemeScore(string ThemeId, double Confidence, IReadOnlyList<string> Evidence);
