namespace AutoDiag.Knowledge.Invitations;

public class InvitationCommune
{
    public int InvitationId { get; set; }
    public int CommuneId { get; set; }
    public int Position { get; set; }
}
