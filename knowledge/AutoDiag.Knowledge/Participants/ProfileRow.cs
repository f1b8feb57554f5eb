using System.Linq.Expressions;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Participants;

internal enum ProfileRowKind
{
    Participant,
    Commune,
    FollowedIntercommunality,
    IntercommunalityName,
}

/// <summary>
/// One row of the participant profiles' single query (a union, since the lookup runs on every turn): a participant's
/// own columns, one of the communes they cover, another intercommunalité they follow, or the name of a participant's
/// intercommunalité. The columns of the other kinds are left empty.
/// </summary>
internal sealed class ProfileRow
{
    public ProfileRowKind Of { get; init; }
    public int ParticipantId { get; init; }
    public string? ChannelUserId { get; init; }
    public string? DisplayName { get; init; }
    public ParticipantRole Role { get; init; }
    /// <summary>The participant's intercommunalité, one they follow besides it, or the one named.</summary>
    public int IntercommunalityId { get; init; }
    /// <summary>The name of the commune or of the intercommunalité.</summary>
    public string? Name { get; init; }
    public int CommuneId { get; init; }
    public int Position { get; init; }

    public static readonly Expression<Func<Participant, ProfileRow>> OwnColumns = p => new ProfileRow
    {
        Of = ProfileRowKind.Participant,
        ParticipantId = p.Id,
        ChannelUserId = p.ChannelUserId,
        DisplayName = p.DisplayName,
        Role = p.Role,
        IntercommunalityId = p.IntercommunalityId,
        Name = null,
        CommuneId = 0,
        Position = 0,
    };

    public static readonly Expression<Func<ParticipantCommune, ProfileRow>> CoveredCommune = pc => new ProfileRow
    {
        Of = ProfileRowKind.Commune,
        ParticipantId = pc.ParticipantId,
        ChannelUserId = null,
        DisplayName = null,
        Role = ParticipantRole.Elu,
        IntercommunalityId = 0,
        Name = pc.Commune!.Name,
        CommuneId = pc.CommuneId,
        Position = pc.Position,
    };

    public static readonly Expression<Func<ParticipantIntercommunality, ProfileRow>> FollowedIntercommunality = i => new ProfileRow
    {
        Of = ProfileRowKind.FollowedIntercommunality,
        ParticipantId = i.ParticipantId,
        ChannelUserId = null,
        DisplayName = null,
        Role = ParticipantRole.Elu,
        IntercommunalityId = i.IntercommunalityId,
        Name = null,
        CommuneId = 0,
        Position = 0,
    };

    public static readonly Expression<Func<Intercommunality, ProfileRow>> IntercommunalityName = i => new ProfileRow
    {
        Of = ProfileRowKind.IntercommunalityName,
        ParticipantId = 0,
        ChannelUserId = null,
        DisplayName = null,
        Role = ParticipantRole.Elu,
        IntercommunalityId = i.Id,
        Name = i.Name,
        CommuneId = 0,
        Position = 0,
    };

    public static List<ParticipantProfile> Profiles(IReadOnlyCollection<ProfileRow> rows)
    {
        var intercommunalityNames = rows.Where(r => r.Of == ProfileRowKind.IntercommunalityName).ToDictionary(r => r.IntercommunalityId, r => r.Name!);
        var byParticipant = rows.Where(r => r.Of != ProfileRowKind.IntercommunalityName).ToLookup(r => r.ParticipantId);
        return rows.Where(r => r.Of == ProfileRowKind.Participant)
            .OrderBy(own => own.ParticipantId)
            .Select(own => new ParticipantProfile(
                own.ParticipantId,
                own.ChannelUserId,
                own.DisplayName,
                own.Role,
                own.IntercommunalityId,
                intercommunalityNames[own.IntercommunalityId],
                byParticipant[own.ParticipantId].Where(r => r.Of == ProfileRowKind.Commune).OrderBy(r => r.Position)
                    .Select(r => new CommuneRef(r.CommuneId, r.Name!)).ToList(),
                byParticipant[own.ParticipantId].Where(r => r.Of == ProfileRowKind.FollowedIntercommunality)
                    .Select(r => r.IntercommunalityId).ToList()))
            .ToList();
    }
}
