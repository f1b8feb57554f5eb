using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Participants;

/// <summary>A registered participant with the communes they cover, in interview order.</summary>
/// <param name="OtherIntercommunalityIds">For a consultant: the intercommunalités followed besides the first.</param>
public sealed record ParticipantProfile(
    int Id,
    string? ChannelUserId,
    string? DisplayName,
    ParticipantRole Role,
    int IntercommunalityId,
    string IntercommunalityName,
    IReadOnlyList<CommuneRef> Communes,
    IReadOnlyList<int>? OtherIntercommunalityIds = null)
{
    public bool Covers(int communeId) => Communes.Any(c => c.Id == communeId);

    public bool Follows(int intercommunalityId) =>
        IntercommunalityId == intercommunalityId || (OtherIntercommunalityIds?.Contains(intercommunalityId) ?? false);
}
