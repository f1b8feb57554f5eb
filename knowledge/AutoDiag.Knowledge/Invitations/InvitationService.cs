using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Invitations;

/// <summary>
/// Creates single-use invitation codes (consultants and administrators, for an intercommunalité they follow) and
/// enrols the person who types one.
/// </summary>
public sealed class InvitationService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ParticipantDirectory participants,
    InvitationOptions options,
    TimeProvider clock)
{
    private const int MaxCodeAttempts = 10;

    /// <summary>The roles a participant may invite, in the order they are offered.</summary>
    public static IReadOnlyList<ParticipantRole> RolesInvitableBy(ParticipantProfile inviter) => inviter.Role switch
    {
        ParticipantRole.Administrator => [ParticipantRole.Elu, ParticipantRole.SecretaireDeMairie, ParticipantRole.Consultant, ParticipantRole.Administrator],
        ParticipantRole.Consultant => [ParticipantRole.Elu, ParticipantRole.SecretaireDeMairie, ParticipantRole.Consultant],
        _ => [],
    };

    /// <param name="inviter">A consultant or an administrator.</param>
    /// <param name="role">The role the invited person will have.</param>
    /// <param name="communeIds">Their communes, in interview order; at least one for an élu or a secrétaire de mairie.</param>
    /// <param name="intercommunalityId">
    /// For an invitation without communes: the intercommunalité (default: the inviter's first). With communes, theirs.
    /// </param>
    /// <returns>The saved invitation; <see cref="Invitation.Code"/> is stored without dash (see <see cref="InvitationCode.Format"/>).</returns>
    /// <exception cref="InvitationRefusedException">The rules refuse it.</exception>
    public async Task<Invitation> CreateAsync(
        ParticipantProfile inviter, ParticipantRole role, IReadOnlyList<int> communeIds, CancellationToken ct = default, int? intercommunalityId = null)
    {
        var allowed = RolesInvitableBy(inviter);
        if (allowed.Count == 0)
        {
            throw new InvitationRefusedException(InvitationRefusal.NotAllowedToInvite);
        }
        if (!allowed.Contains(role))
        {
            throw new InvitationRefusedException(InvitationRefusal.RoleNotAllowed);
        }

        var ids = communeIds.Distinct().ToList();
        if (ids.Count == 0 && role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie)
        {
            throw new InvitationRefusedException(InvitationRefusal.CommunesRequired);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var targetId = intercommunalityId ?? inviter.IntercommunalityId;
        if (ids.Count > 0)
        {
            var found = await db.Communes.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.IntercommunalityId }).ToListAsync(ct);
            var intercommunalities = found.Select(c => c.IntercommunalityId).Distinct().ToList();
            if (found.Count != ids.Count || intercommunalities.Count != 1
                || (intercommunalityId is { } asked && asked != intercommunalities[0]))
            {
                throw new InvitationRefusedException(InvitationRefusal.UnknownCommunes);
            }
            targetId = intercommunalities[0];
        }
        if (!inviter.Follows(targetId))
        {
            throw new InvitationRefusedException(InvitationRefusal.IntercommunalityNotFollowed);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var invitation = new Invitation
            {
                Code = InvitationCode.Generate(),
                Role = role,
                IntercommunalityId = targetId,
                Communes = ids.Select((id, index) => new InvitationCommune { CommuneId = id, Position = index }).ToList(),
                CreatedByParticipantId = inviter.Id,
                CreatedAt = now,
                ExpiresAt = now + options.ValidFor,
            };
            if (await db.Invitations.AnyAsync(i => i.Code == invitation.Code, ct))
            {
                continue;
            }

            db.Invitations.Add(invitation);
            try
            {
                await db.SaveChangesAsync(ct);
                return invitation;
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e) && attempt < MaxCodeAttempts)
            {
                // Another invitation took the same code in between: draw again.
                db.Entry(invitation).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Enrols the person with the invitation's role, intercommunalité and communes, and marks the code used.
    /// A person already registered keeps their role and communes.
    /// </summary>
    public async Task<Redemption> RedeemAsync(string channelUserId, string? displayName, string code, CancellationToken ct = default)
    {
        var normalized = InvitationCode.Normalize(code);
        if (normalized is null)
        {
            return Failed(RedemptionFailure.Unknown);
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var invitation = await db.Invitations.AsNoTracking().Include(i => i.Communes)
                .SingleOrDefaultAsync(i => i.Code == normalized, ct);
            if (invitation is null)
            {
                return Failed(RedemptionFailure.Unknown);
            }
            if (invitation.RedeemedByParticipantId is not null)
            {
                return Failed(RedemptionFailure.AlreadyUsed);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (invitation.ExpiresAt <= now)
            {
                return Failed(RedemptionFailure.Expired);
            }
            var registered = await db.Participants.Include(p => p.OtherIntercommunalities)
                .SingleOrDefaultAsync(p => p.ChannelUserId == channelUserId, ct);
            if (registered is not null)
            {
                return await FollowAnotherIntercommunalityAsync(db, registered, invitation, now, ct);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var participant = new Participant
            {
                ChannelUserId = channelUserId,
                DisplayName = displayName,
                Role = invitation.Role,
                IntercommunalityId = invitation.IntercommunalityId,
                CreatedAt = now,
                Communes = invitation.Communes
                    .OrderBy(c => c.Position)
                    .Select((c, index) => new ParticipantCommune { CommuneId = c.CommuneId, Position = index })
                    .ToList(),
            };
            db.Participants.Add(participant);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                return Failed(RedemptionFailure.AlreadyRegistered);
            }

            // Single use even when two people type the same code at once: only one update finds it unused.
            var marked = await db.Invitations
                .Where(i => i.Id == invitation.Id && i.RedeemedByParticipantId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.RedeemedByParticipantId, participant.Id).SetProperty(i => i.RedeemedAt, now), ct);
            if (marked != 1)
            {
                await transaction.RollbackAsync(ct);
                return Failed(RedemptionFailure.AlreadyUsed);
            }
            await transaction.CommitAsync(ct);
        }

        var profile = await participants.FindAsync(channelUserId, ct)
            ?? throw new InvalidOperationException("The participant just enrolled cannot be read back.");
        return new Redemption(profile, null);
    }

    /// <summary>
    /// A consultant already registered who is invited as consultant of another intercommunalité follows it
    /// too; anyone else registered keeps their role and communes, and the code stays unused.
    /// </summary>
    private async Task<Redemption> FollowAnotherIntercommunalityAsync(
        AutoDiagDbContext db, Participant registered, Invitation invitation, DateTime now, CancellationToken ct)
    {
        var followsAlready = registered.IntercommunalityId == invitation.IntercommunalityId
            || registered.OtherIntercommunalities.Any(i => i.IntercommunalityId == invitation.IntercommunalityId);
        if (registered.Role != ParticipantRole.Consultant || invitation.Role != ParticipantRole.Consultant || followsAlready)
        {
            return Failed(RedemptionFailure.AlreadyRegistered);
        }

        registered.OtherIntercommunalities.Add(new ParticipantIntercommunality { IntercommunalityId = invitation.IntercommunalityId });
        var marked = await db.Invitations
            .Where(i => i.Id == invitation.Id && i.RedeemedByParticipantId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RedeemedByParticipantId, registered.Id).SetProperty(i => i.RedeemedAt, now), ct);
        if (marked != 1)
        {
            return Failed(RedemptionFailure.AlreadyUsed);
        }
        await db.SaveChangesAsync(ct);
        return new Redemption(await participants.GetAsync(registered.Id, ct), null);
    }

    private static Redemption Failed(RedemptionFailure failure) => new(null, failure);
}
