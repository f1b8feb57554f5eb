using AutoDiag.Knowledge.Review;

namespace AutoDiag.Knowledge.Synthesis;

/// <param name="Cells">One per column of <see cref="RiskHeatmapData.ThemeLabels"/>: difficulty answers and highest risk.</param>
public sealed record RiskHeatmapRow(string Commune, IReadOnlyList<ThemeCell> Cells);
