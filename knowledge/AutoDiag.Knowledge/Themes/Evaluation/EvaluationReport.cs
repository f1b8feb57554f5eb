namespace AutoDiag.Knowledge.Themes.Evaluation;

/// <summary>The quality of a categoriser on labelled texts.</summary>
/// <param name="Count">The number of texts.</param>
/// <param name="MicroF1">F1 of the (text, theme) pairs, all themes pooled.</param>
/// <param name="MacroF1">
/// Mean of the per-theme F1 over the themes that occur in the labels or the predictions.
/// </param>
/// <param name="PerTheme">Every theme of the catalog, in catalog order.</param>
/// <param name="MainThemeAccuracy">Share of texts whose first predicted theme is their first label.</param>
/// <param name="Top1Precision">
/// Share of texts whose first predicted theme is one of their labels; a text with no prediction counts as a miss
/// (and a text labelled with no theme as a hit when nothing is predicted).
/// </param>
/// <param name="NoThemeShare">Share of texts given no theme at all.</param>
public sealed record EvaluationReport(
    int Count,
    double MicroF1,
    double MacroF1,
    IReadOnlyList<KeyValuePair<string, ThemeMetrics>> PerTheme,
    double MainThemeAccuracy,
    double Top1Precision,
    double NoThemeShare);
