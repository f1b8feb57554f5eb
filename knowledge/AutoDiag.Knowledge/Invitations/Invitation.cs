using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Invitations;

/// <summary>A single-use code a consultant or an administrator gives someone to join with a role and communes.</summary>
public class Invitation
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public ParticipantRole Role { get; set; }
    public int IntercommunalityId { get; set; }
    public List<InvitationCommune> Communes { get; set; } = [];
    public int CreatedByParticipantId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int? RedeemedByParticipantId { get; set; }
    public DateTime? RedeemedAt { get; set; }
}
