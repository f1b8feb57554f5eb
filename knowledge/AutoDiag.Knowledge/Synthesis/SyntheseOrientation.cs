namespace AutoDiag.Knowledge.Synthesis;

/// <summary>One line of « Les orientations » of an axis, with where it comes from.</summary>
/// <param name="Text">
/// <see cref="OrientationOrigin.Ressource"/>: an excerpt of a resource answer; <see cref="OrientationOrigin.FicheCommune"/>:
/// a service's label or the associations listed; <see cref="OrientationOrigin.Preconisation"/>: one préconisation as
/// recorded; <see cref="OrientationOrigin.Piste"/>: the piste as the other territory's fiche writes it.
/// </param>
/// <param name="Communes">For a resource or a fiche commune: the communes, in name order (never empty); else empty.</param>
/// <param name="Structure">For a préconisation: the actor's structure.</param>
/// <param name="Territory">For a piste: the other territory (« CC du Haut Allier »).</param>
public sealed record SyntheseOrientation(
    OrientationOrigin Origin,
    string Text,
    IReadOnlyList<string> Communes,
    string? Structure = null,
    string? Territory = null)
{
    public static SyntheseOrientation FromCommunes(OrientationOrigin origin, string text, IReadOnlyList<string> communes) =>
        new(origin, text, communes);

    public static SyntheseOrientation FromActor(string structure, string text) =>
        new(OrientationOrigin.Preconisation, text, [], Structure: structure);

    public static SyntheseOrientation FromTerritory(string territory, string text) =>
        new(OrientationOrigin.Piste, text, [], Territory: territory);
}
