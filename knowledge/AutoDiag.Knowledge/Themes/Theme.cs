namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// One theme of the reference taxonomy (shared/spec/themes.md). <see cref="Id"/> is the stable identifier used in
/// files, exports and evaluation data; the labels are what users read and may be renamed in Data/themes.json.
/// </summary>
/// <param name="Id">Stable identifier, e.g. « acces-aux-droits ».</param>
/// <param name="Label">Label shown to users, e.g. « Accès aux droits et aux services publics ».</param>
/// <param name="ShortLabel">Short label for acknowledgements, e.g. « Accès aux droits ».</param>
/// <param name="Description">One short French sentence.</param>
/// <param name="Icon">One emoji, used as the theme marker on cards.</param>
/// <param name="IsMain">True for the five themes users name first.</param>
/// <param name="Keywords">Words and expressions élus use for this theme, as written in French.</param>
public sealed record Theme(
    string Id,
    string Label,
    string ShortLabel,
    string Description,
    string Icon,
    bool IsMain,
    IReadOnlyList<string> Keywords);
