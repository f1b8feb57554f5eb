namespace AutoDiag.Knowledge.Interview;

/// <summary>A participant said they were done with a section for a commune.</summary>
public class SectionCompletion
{
    public long Id { get; set; }
    public int ParticipantId { get; set; }
    public int CommuneId { get; set; }
    public InterviewSection Section { get; set; }
    public DateTime CompletedAt { get; set; }
}
