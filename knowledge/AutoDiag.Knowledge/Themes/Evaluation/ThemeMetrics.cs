namespace AutoDiag.Knowledge.Themes.Evaluation;

/// <summary>How well one theme is found.</summary>
/// <param name="Precision">Of the texts given the theme, the share that have it; 0 when none is given it.</param>
/// <param name="Recall">Of the texts that have the theme, the share given it; 0 when none has it.</param>
/// <param name="F1">Harmonic mean of precision and recall; 0 when both are 0.</param>
/// <param name="Support">The number of texts that have the theme.</param>
public sealed record ThemeMetrics(double Precision, double Recall, double F1, int Support);
