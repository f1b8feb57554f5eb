namespace AutoDiag.Knowledge.Participants;

/// <summary>What an unknown user tells about themselves before their first interview.</summary>
public sealed record Registration(
    string ChannelUserId,
    string? DisplayName,
    ParticipantRole Role,
    int IntercommunalityId,
    IReadOnlyList<int> CommuneIds);
