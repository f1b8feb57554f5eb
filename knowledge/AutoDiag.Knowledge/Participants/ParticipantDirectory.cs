using System.Linq.Expressions;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Participants;

/// <summary>Finds participants by their channel identity and registers new ones.</summary>
public sealed class ParticipantDirectory(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The lookup of every turn: a compiled query (the same as <see cref="LoadManyAsync"/>'s).</summary>
    public async Task<ParticipantProfile?> FindAsync(string channelUserId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Split queries: on one connection, opened once.
        await db.Database.OpenConnectionAsync(ct);
        return (await ByChannelUser.ToListAsync(db, channelUserId, ct)).SingleOrDefault();
    }

    /// <summary><see cref="Profiles"/> written out: a compiled query cannot call a method.</summary>
    private static readonly CompiledQuery<string, ParticipantProfile> ByChannelUser = new((db, channelUserId) => db.Participants
        .AsNoTracking()
        .Where(p => p.ChannelUserId == channelUserId)
        .Select(p => new ParticipantProfile(
            p.Id,
            p.ChannelUserId,
            p.DisplayName,
            p.Role,
            p.IntercommunalityId,
            db.Intercommunalities.Where(i => i.Id == p.IntercommunalityId).Select(i => i.Name).First(),
            p.Communes.OrderBy(pc => pc.Position).Select(pc => new CommuneRef(pc.CommuneId, pc.Commune!.Name)).ToList(),
            p.OtherIntercommunalities.Select(i => i.IntercommunalityId).ToList()))
        .AsSplitQuery());

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

    /// <summary>
    /// Participants with their communes and intercommunalités, in three queries whatever their number (the lookup of
    /// every turn): a projection reads only what a profile holds, the intercommunalité's name as a subquery.
    /// </summary>
    private async Task<IReadOnlyList<ParticipantProfile>> LoadManyAsync(Expression<Func<Participant, bool>> which, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Profiles(db, db.Participants.Where(which)).ToListAsync(ct);
    }

    /// <summary>The profiles of these participants (<see cref="ByChannelUser"/> is the same query, compiled).</summary>
    private static IQueryable<ParticipantProfile> Profiles(AutoDiagDbContext db, IQueryable<Participant> participants) =>
        participants.AsNoTracking()
            .Select(p => new ParticipantProfile(
                p.Id,
                p.ChannelUserId,
                p.DisplayName,
                p.Role,
                p.IntercommunalityId,
                db.Intercommunalities.Where(i => i.Id == p.IntercommunalityId).Select(i => i.Name).First(),
                p.Communes.OrderBy(pc => pc.Position).Select(pc => new CommuneRef(pc.CommuneId, pc.Commune!.Name)).ToList(),
                p.OtherIntercommunalities.Select(i => i.IntercommunalityId).ToList()))
            // One query per collection: as one join, SQLite built every participant's communes before filtering.
            .AsSplitQuery();
}
