namespace AutoDiag.Knowledge.Testimonies;

/// <summary>
/// What a local or institutional actor said at the soirée de témoignages (phase 2), as the consultant recorded it.
/// Kept apart from the élus' answers everywhere: it has its own table and its own themes.
/// </summary>
public class Testimony
{
    public int Id { get; set; }
    public int IntercommunalityId { get; set; }
    /// <summary>The structure heard, e.g. « Mission Locale », « ADMR », « CCAS de Guer ».</summary>
    public required string Structure { get; set; }
    public string? Perceptions { get; set; }
    public string? Enjeux { get; set; }
    public string? Preconisations { get; set; }
    public int RecordedByParticipantId { get; set; }
    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }
    public List<TestimonyTag> Tags { get; set; } = [];
}
