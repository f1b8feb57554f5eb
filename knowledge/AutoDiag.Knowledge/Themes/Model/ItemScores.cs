namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>What the model says about one text.</summary>
/// <param name="Membership">Per theme (catalog order), the probability that the text is about it.</param>
/// <param name="Main">Per theme, the probability that it is the text's main theme; the values add up to 1.</param>
/// <param name="Known">The text's features the model has weights for, in text order.</param>
internal sealed record ItemScores(double[] Membership, double[] Main, IReadOnlyList<KnownFeature> Known);
