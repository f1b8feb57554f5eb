using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Participants;

public class ParticipantCommune
{
    public int ParticipantId { get; set; }
    public int CommuneId { get; set; }
    public Commune? Commune { get; set; }
    public int Position { get; set; }
}
