namespace AutoDiag.Knowledge.Testimonies;

/// <summary>A testimony as it is listed.</summary>
/// <param name="Themes">Effective theme ids, most confident first (human tags win).</param>
/// <param name="RecordedBy">The display name of who recorded it, when known.</param>
/// <param name="RecordedAt">UTC.</param>
public sealed record TestimonyView(
    int Id,
    string Structure,
    string? Perceptions,
    string? Enjeux,
    string? Preconisations,
    IReadOnlyList<string> Themes,
    string? RecordedBy,
    DateTime RecordedAt);
