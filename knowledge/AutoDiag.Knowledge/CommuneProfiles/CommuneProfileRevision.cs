namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>
/// One version of a commune's fiche. A save appends a revision and never changes an older one, so who changed
/// what, and when, stays visible; the current fiche is the latest revision.
/// </summary>
public class CommuneProfileRevision
{
    public int Id { get; set; }
    public int CommuneId { get; set; }
    public int? Population { get; set; }
    public int? PopulationYear { get; set; }
    public int? Households { get; set; }
    /// <summary>The <see cref="CommuneService"/> ids checked, comma-separated, in the fiche's order.</summary>
    public string Services { get; set; } = string.Empty;
    /// <summary>Local associations and actors, as written.</summary>
    public string? Associations { get; set; }
    /// <summary>The theme ids the associations were sorted into, comma-separated, main theme first.</summary>
    public string AssociationThemes { get; set; } = string.Empty;
    public string? Contact { get; set; }
    public int ChangedByParticipantId { get; set; }
    public DateTime ChangedAt { get; set; }

    public IReadOnlyList<string> ServiceIds() => CommuneService.Split(Services);

    public IReadOnlyList<string> AssociationThemeIds() => CommuneService.Split(AssociationThemes);
}
