namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>A feature of a text that the model has weights for.</summary>
/// <param name="Occurrence">Where it is in the text.</param>
/// <param name="Index">Its row in the model's weights.</param>
internal readonly record struct KnownFeature(FeatureOccurrence Occurrence, int Index);
