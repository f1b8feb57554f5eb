namespace AutoDiag.Knowledge.Pistes;

/// <summary>A strategic axis of a fiche.</summary>
/// <param name="Title">As written (the fiches write titles in capitals).</param>
/// <param name="Themes">Ids of the themes of shared/spec/themes.md the axis is about, main first.</param>
/// <param name="Enjeux">The stakes, or the sub-headings grouping the orientations.</param>
/// <param name="Orientations">The orientations (the fiche's first-level bullets).</param>
/// <param name="Actions">The concrete actions (second-level bullets, « Concrètement »).</param>
public sealed record FicheAxis(
    string Title,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Enjeux,
    IReadOnlyList<string> Orientations,
    IReadOnlyList<string> Actions);
