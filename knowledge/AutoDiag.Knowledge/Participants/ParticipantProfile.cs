using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Participants;

/// <summary>A registered participant with the communes they cover, in interview order.</summary>
public sealed record ParticipantProfile(
    int Id,
    string ChannelUserId,
    string? DisplayName,
    ParticipantRole Role,
    int IntercommunalityId,
    string IntercommunalityName,
    IReadOnlyList<CommuneRef> Communes)
{
    public bool Covers(int communeId) => Communes.Any(c => c.Id == communeId);
}
