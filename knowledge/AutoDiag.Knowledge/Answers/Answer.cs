namespace AutoDiag.Knowledge.Answers;

/// <summary>One free-text answer of a participant about a commune.</summary>
public class Answer
{
    public long Id { get; set; }
    public int CommuneId { get; set; }
    /// <summary>Who said it.</summary>
    public int ParticipantId { get; set; }
    /// <summary>Who typed it, when not the same person (a secrétaire relaying an élu's answers).</summary>
    public int? EnteredByParticipantId { get; set; }
    public AnswerKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>The answer says there is no difficulty (« rien à signaler »): it counts for coverage, not as a difficulty.</summary>
    public bool ReportsNoDifficulty { get; set; }
    public DateTime RecordedAt { get; set; }
    /// <summary>The channel activity that carried it (« conversation|activity »): a redelivered activity records nothing twice.</summary>
    public required string SourceActivityId { get; set; }
    public List<ThemeTag> Tags { get; set; } = [];
}
