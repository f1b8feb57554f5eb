namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>A labelled text, reduced to what training needs.</summary>
/// <param name="Features">Its feature names, each once.</param>
/// <param name="Themes">Indexes of its themes in the catalog, the main one first; empty for « aucun thème ».</param>
/// <param name="Weight">How much it counts: a human correction counts more than a corpus line.</param>
internal sealed record TrainingExample(IReadOnlyList<string> Features, IReadOnlyList<int> Themes, float Weight);
