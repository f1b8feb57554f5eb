namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// A proposed strategic axis: one theme the communes raised, weighted by how many raised it and how high they
/// judged the risk of aggravation (see Synthesis/README.md).
/// </summary>
/// <param name="Number">1 for the first axis.</param>
/// <param name="Title">The theme's label; the consultant renames the axis in the draft.</param>
/// <param name="Score">Σ over the source communes of 1 (+1 if the highest risk is modéré, +2 if élevé).</param>
/// <param name="SourceCommunes">The communes that reported a difficulty on the theme, in name order; never empty.</param>
/// <param name="DifficultyCount">Answers reporting a difficulty on the theme, all communes together.</param>
/// <param name="Enjeux">« Les enjeux » from the communes' words, each citing its communes.</param>
/// <param name="ActorEnjeux">What the actors heard at the soirée de témoignages said of the theme, each citing its structure.</param>
/// <param name="Orientations">
/// « Les orientations »: the resources the communes named, those of the fiches communes, the actors' préconisations and
/// the pistes of other territories, in that order, each citing where it comes from.
/// </param>
public sealed record SyntheseAxis(
    int Number,
    string ThemeId,
    string Title,
    int Score,
    IReadOnlyList<string> SourceCommunes,
    int DifficultyCount,
    IReadOnlyList<SyntheseEnjeu> Enjeux,
    IReadOnlyList<ActorStatement> ActorEnjeux,
    IReadOnlyList<SyntheseOrientation> Orientations)
{
    /// <summary>The orientations of one origin, in order.</summary>
    public IReadOnlyList<SyntheseOrientation> OrientationsFrom(OrientationOrigin origin) =>
        Orientations.Where(o => o.Origin == origin).ToList();
}
