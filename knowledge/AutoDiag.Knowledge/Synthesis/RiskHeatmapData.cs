namespace AutoDiag.Knowledge.Synthesis;

/// <summary>What <see cref="RiskHeatmap"/> draws: one row per commune, one column per theme.</summary>
/// <param name="ThemeLabels">The columns' short labels (« Jeunesse », « Accès aux droits »), in catalogue order.</param>
/// <param name="Rows">In commune name order.</param>
public sealed record RiskHeatmapData(IReadOnlyList<string> ThemeLabels, IReadOnlyList<RiskHeatmapRow> Rows);
