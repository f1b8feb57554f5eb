using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Participants;

/// <summary>The people of the roster (imported with an e-mail, no Teams identity yet) and whether anyone takes part at all.</summary>
public sealed class RosterDirectory(IDbContextFactory<AutoDiagDbContext> dbFactory, ParticipantDirectory participants)
{
    /// <summary>False on a database nobody has joined yet: the bot then runs its free demo onboarding.</summary>
    public async Task<bool> AnyParticipantAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Participants.AnyAsync(ct);
    }

    /// <summary>
    /// Binds the rostered person with this e-mail (case aside) to the channel identity on their first message.
    /// Null when nobody of the roster, still unbound, has that e-mail.
    /// </summary>
    public async Task<ParticipantProfile?> ClaimAsync(string channelUserId, string email, CancellationToken ct = default)
    {
        var normalized = NormalizeEmail(email);
        if (normalized.Length == 0)
        {
            return null;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Participants.AnyAsync(p => p.ChannelUserId == channelUserId, ct))
            {
                return null;
            }

            var rosteredId = await db.Participants
                .Where(p => p.ChannelUserId == null && p.Email == normalized)
                .OrderBy(p => p.Id)
                .Select(p => (int?)p.Id)
                .FirstOrDefaultAsync(ct);
            if (rosteredId is null)
            {
                return null;
            }

            // Conditional: two first messages at once bind the person once.
            var bound = await db.Participants
                .Where(p => p.Id == rosteredId && p.ChannelUserId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ChannelUserId, channelUserId), ct);
            if (bound == 0)
            {
                return null;
            }
        }

        return await participants.FindAsync(channelUserId, ct);
    }

    /// <summary>E-mails are stored trimmed and in lower case so that the lookup is a plain comparison.</summary>
    public static string NormalizeEmail(string? email) => (email ?? string.Empty).Trim().ToLowerInvariant();
}
