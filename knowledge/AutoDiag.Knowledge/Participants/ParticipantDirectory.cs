using System.Linq.Expressions;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Participants;

/// <summary>Finds participants by their channel identity and registers new ones.</summary>
public sealed class ParticipantDirectory(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The lookup of every turn: one compiled statement (the same query as <see cref="LoadManyAsync"/>'s).</summary>
    public async Task<ParticipantProfile?> FindAsync(string channelUserId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return ProfileRow.Profiles(await ByChannelUser.ToListAsync(db, channelUserId, ct)).SingleOrDefault();
    }

    /// <summary><see cref="Rows"/> written out: a compiled query cannot call a method, but shares its projections.</summary>
    private static readonly CompiledQuery<string, ProfileRow> ByChannelUser = new((db, channelUserId) =>
        db.Participants.Where(p => p.ChannelUserId == channelUserId).Select(ProfileRow.OwnColumns)
            .Concat(db.Participants.Where(p => p.ChannelUserId == channelUserId).SelectMany(p => p.Communes).Select(ProfileRow.CoveredCommune))
            .Concat(db.Participants.Where(p => p.ChannelUserId == channelUserId).SelectMany(p => p.OtherIntercommunalities).Select(ProfileRow.FollowedIntercommunality))
            .Concat(db.Intercommunalities
                .Where(i => db.Participants.Any(p => p.ChannelUserId == channelUserId && p.IntercommunalityId == i.Id))
                .Select(ProfileRow.IntercommunalityName)));

    public Task<ParticipantProfile?> GetAsync(int participantId, CancellationToken ct = default) =>
        LoadAsync(p => p.Id == participantId, ct);

    /// <summary>The élus of an intercommunalité who cover at least one of these communes, by name.</summary>
    public async Task<IReadOnlyList<ParticipantProfile>> ListElusAsync(int intercommunalityId, IReadOnlyCollection<int> communeIds, CancellationToken ct = default)
    {
        var elus = await LoadManyAsync(
            p => p.IntercommunalityId == intercommunalityId && p.Role == ParticipantRole.Elu && p.Communes.Any(c => communeIds.Contains(c.CommuneId)),
            ct);
        return elus.OrderBy(e => e.DisplayName, StringComparer.Ordinal).ToList();
    }

    /// <summary>An élu who does not use Teams, whose answers a secrétaire de mairie or a consultant types.</summary>
    public async Task<ParticipantProfile> RegisterRelayedEluAsync(string name, int intercommunalityId, IReadOnlyList<int> communeIds, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var valid = await db.Communes.Where(c => c.IntercommunalityId == intercommunalityId && communeIds.Contains(c.Id)).CountAsync(ct);
        if (valid != communeIds.Distinct().Count() || valid == 0)
        {
            throw new RegistrationException($"Communes {string.Join(", ", communeIds)} are not all in intercommunality {intercommunalityId}.");
        }

        var participant = new Participant
        {
            DisplayName = name.Trim(),
            Role = ParticipantRole.Elu,
            IntercommunalityId = intercommunalityId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Communes = communeIds.Distinct().Select((id, index) => new ParticipantCommune { CommuneId = id, Position = index }).ToList(),
        };
        db.Participants.Add(participant);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(participant.Id, ct))!;
    }

    public async Task<ParticipantProfile> RegisterAsync(Registration registration, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var intercommunality = await db.Intercommunalities
            .Include(i => i.Communes)
            .SingleOrDefaultAsync(i => i.Id == registration.IntercommunalityId, ct)
            ?? throw new RegistrationException($"Unknown intercommunality {registration.IntercommunalityId}.");

        var communeIds = registration.CommuneIds.Distinct().ToList();
        var foreign = communeIds.Where(id => intercommunality.Communes.All(c => c.Id != id)).ToList();
        if (foreign.Count > 0)
        {
            throw new RegistrationException($"Communes {string.Join(", ", foreign)} are not in intercommunality {intercommunality.Id}.");
        }
        if (registration.Role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie && communeIds.Count == 0)
        {
            throw new RegistrationException("An élu or a secrétaire de mairie covers at least one commune.");
        }

        var participant = await db.Participants
            .Include(p => p.Communes)
            .SingleOrDefaultAsync(p => p.ChannelUserId == registration.ChannelUserId, ct);
        if (participant is null)
        {
            participant = new Participant { ChannelUserId = registration.ChannelUserId, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Participants.Add(participant);
        }

        participant.DisplayName = registration.DisplayName;
        participant.Role = registration.Role;
        participant.IntercommunalityId = intercommunality.Id;
        participant.Communes.Clear();
        participant.Communes.AddRange(communeIds.Select((id, index) => new ParticipantCommune { CommuneId = id, Position = index }));
        await db.SaveChangesAsync(ct);

        return await FindAsync(registration.ChannelUserId, ct)
            ?? throw new InvalidOperationException("The participant just saved cannot be read back.");
    }

    private async Task<ParticipantProfile?> LoadAsync(Expression<Func<Participant, bool>> which, CancellationToken ct) =>
        (await LoadManyAsync(which, ct)).SingleOrDefault();

    /// <summary>Participants with their communes and intercommunalités, in one statement whatever their number.</summary>
    private async Task<IReadOnlyList<ParticipantProfile>> LoadManyAsync(Expression<Func<Participant, bool>> which, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return ProfileRow.Profiles(await Rows(db, db.Participants.AsNoTracking().Where(which)).ToListAsync(ct));
    }

    /// <summary>
    /// What a profile holds of these participants, as a union of rows (<see cref="ProfileRow"/>; <see cref="ByChannelUser"/>
    /// is the same query, compiled). Joined instead, SQLite built every participant's communes before filtering.
    /// </summary>
    private static IQueryable<ProfileRow> Rows(AutoDiagDbContext db, IQueryable<Participant> participants) =>
        participants.Select(ProfileRow.OwnColumns)
            .Concat(participants.SelectMany(p => p.Communes).Select(ProfileRow.CoveredCommune))
            .Concat(participants.SelectMany(p => p.OtherIntercommunalities).Select(ProfileRow.FollowedIntercommunality))
            .Concat(db.Intercommunalities
                .Where(i => participants.Any(p => p.IntercommunalityId == i.Id))
                .Select(ProfileRow.IntercommunalityName));
}
