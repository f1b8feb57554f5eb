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
    /// <summary>What is shown, exported and categorised: the text with residents' personal data masked.</summary>
    public required string Text { get; set; }
    /// <summary>
    /// The text as typed, kept only when the masking changed it and the intercommunalité keeps originals
    /// (<see cref="Territories.Intercommunality.KeepOriginalTexts"/>); else null. Never shown nor exported: only in the
    /// participant's own data export, and erased with them.
    /// </summary>
    public string? OriginalText { get; set; }
    /// <summary>The answer says there is no difficulty (« rien à signaler »): it counts for coverage, not as a difficulty.</summary>
    public bool ReportsNoDifficulty { get; set; }
    public DateTime RecordedAt { get; set; }
    /// <summary>The channel activity that carried it (« conversation|activity »): a redelivered activity records nothing twice.</summary>
    public required string SourceActivityId { get; set; }
    public List<ThemeTag> Tags { get; set; } = [];
}
