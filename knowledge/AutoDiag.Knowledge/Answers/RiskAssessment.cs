namespace AutoDiag.Knowledge.Answers;

/// <summary>How likely a participant thinks a theme's difficulties in a commune are to get worse.</summary>
public class RiskAssessment
{
    public long Id { get; set; }
    public int CommuneId { get; set; }
    /// <summary>Who assessed it.</summary>
    public int ParticipantId { get; set; }
    /// <summary>Who typed it, when not the same person.</summary>
    public int? EnteredByParticipantId { get; set; }
    public required string ThemeId { get; set; }
    public RiskLevel Level { get; set; }
    /// <summary>The reason given, residents' personal data masked.</summary>
    public string? Comment { get; set; }
    /// <summary>The comment as typed, under the same rule as <see cref="Answer.OriginalText"/>.</summary>
    public string? OriginalComment { get; set; }
    public DateTime RecordedAt { get; set; }
    public required string SourceActivityId { get; set; }
}
