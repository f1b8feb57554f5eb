namespace AutoDiag.Knowledge.Synthesis;

/// <summary>A theme some communes raised that got no axis of its own.</summary>
/// <param name="Communes">The communes that reported a difficulty on it, in name order; never empty.</param>
public sealed record ThemeMention(string ThemeId, string Label, IReadOnlyList<string> Communes, int DifficultyCount);
