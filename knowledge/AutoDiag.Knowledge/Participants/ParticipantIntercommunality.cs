namespace AutoDiag.Knowledge.Participants;

/// <summary>Another intercommunalité a consultant follows.</summary>
public class ParticipantIntercommunality
{
    public int ParticipantId { get; set; }
    public int IntercommunalityId { get; set; }
}
