using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// The participants' conversation references and reminder counts in the database. Several instances of the bot
/// share them: a reminder is claimed by one conditional update (it takes the row only if the row is still as it was
/// read), so that two instances checking at the same moment never both send it; a send that fails gives its claim back.
/// </summary>
public sealed class ReminderContacts(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>
    /// A message from the participant in their personal chat: the reference to write back to, the time, and the
    /// reminder count back to 0 (they answered). One update, or one insert the first time.
    /// </summary>
    public async Task RecordMessageAsync(int participantId, string conversationReference, CancellationToken ct = default)
    {
        var now = Now();
        await UpsertAsync(
            participantId,
            db => db.ReminderContacts.Where(c => c.ParticipantId == participantId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ConversationReference, conversationReference)
                .SetProperty(c => c.LastMessageAt, now)
                .SetProperty(c => c.RemindersSent, 0)
                .SetProperty(c => c.LastFailedSendAt, (DateTime?)null), ct),
            () => new ReminderContact { ParticipantId = participantId, ConversationReference = conversationReference, LastMessageAt = now },
            ct);
    }

    /// <summary>« stop rappels » (true) or « reprendre les rappels » (false).</summary>
    public async Task SetStoppedAsync(int participantId, bool stopped, CancellationToken ct = default)
    {
        var now = Now();
        await UpsertAsync(
            participantId,
            db => db.ReminderContacts.Where(c => c.ParticipantId == participantId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RemindersStopped, stopped), ct),
            () => new ReminderContact { ParticipantId = participantId, LastMessageAt = now, RemindersStopped = stopped },
            ct);
    }

    public async Task<ReminderContactState?> GetAsync(int participantId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.ReminderContacts.AsNoTracking().SingleOrDefaultAsync(c => c.ParticipantId == participantId, ct);
        return contact is null ? null : StateOf(contact);
    }

    /// <summary>The rows of these participants with their conversation references (null when they never wrote).</summary>
    public async Task<IReadOnlyDictionary<int, (ReminderContactState State, string? ConversationReference)>> GetManyAsync(
        IReadOnlyCollection<int> participantIds, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = await db.ReminderContacts.AsNoTracking().Where(c => participantIds.Contains(c.ParticipantId)).ToListAsync(ct);
        return contacts.ToDictionary(c => c.ParticipantId, c => (StateOf(c), c.ConversationReference));
    }

    /// <summary>
    /// The rows that may be due now, by what the table alone says (a reference, not stopped, under the count, silent
    /// long enough, no send refused lately): the planner decides on each, with the interview's progress.
    /// </summary>
    public async Task<IReadOnlyList<(ReminderContactState State, string ConversationReference)>> ListCandidatesAsync(
        TimeSpan delay, int maxCount, CancellationToken ct = default)
    {
        var now = Now();
        var silentSince = now - delay;
        var refusedBefore = now - ReminderPlanner.RetryAfterFailure;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = await db.ReminderContacts.AsNoTracking()
            .Where(c => c.ConversationReference != null && !c.RemindersStopped && c.RemindersSent < maxCount
                && c.LastMessageAt <= silentSince && (c.LastReminderAt == null || c.LastReminderAt <= silentSince)
                && (c.LastFailedSendAt == null || c.LastFailedSendAt <= refusedBefore))
            .OrderBy(c => c.ParticipantId)
            .ToListAsync(ct);
        return contacts.Select(c => (StateOf(c), c.ConversationReference!)).ToList();
    }

    /// <summary>
    /// Takes the reminder: counts it and dates it <paramref name="at"/>, only if the row is still exactly as
    /// <paramref name="seen"/> (no other instance took it, the participant did not write nor stop meanwhile). One
    /// conditional update, atomic on every provider: of several instances claiming together, one wins.
    /// </summary>
    public async Task<bool> TryClaimAsync(ReminderContactState seen, DateTime at, CancellationToken ct = default)
    {
        var previousReminder = seen.LastReminderAt;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.ReminderContacts
            .Where(c => c.ParticipantId == seen.ParticipantId && !c.RemindersStopped && c.ConversationReference != null
                && c.RemindersSent == seen.RemindersSent && c.LastReminderAt == previousReminder && c.LastMessageAt == seen.LastMessageAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RemindersSent, seen.RemindersSent + 1)
                .SetProperty(c => c.LastReminderAt, at), ct);
        return claimed == 1;
    }

    /// <summary>
    /// Gives back a claim whose message could not be sent, unless the row changed since (the participant wrote), and
    /// dates the refusal: the next try waits <see cref="ReminderPlanner.RetryAfterFailure"/>.
    /// </summary>
    public async Task ReleaseAsync(ReminderContactState seen, DateTime claimedAt, CancellationToken ct = default)
    {
        var previousReminder = seen.LastReminderAt;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.ReminderContacts
            .Where(c => c.ParticipantId == seen.ParticipantId && c.RemindersSent == seen.RemindersSent + 1 && c.LastReminderAt == claimedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RemindersSent, seen.RemindersSent)
                .SetProperty(c => c.LastReminderAt, previousReminder)
                .SetProperty(c => c.LastFailedSendAt, claimedAt), ct);
    }

    /// <summary>
    /// Claims the reminder, sends it, and gives the claim back if the channel fails: a reminder counts only once sent.
    /// False when it was not this caller's to send (claimed elsewhere, or the row changed).
    /// </summary>
    /// <exception cref="Exception">The channel's failure, after the claim was given back.</exception>
    public async Task<bool> SendAsync(ReminderContactState seen, string conversationReference, string text, IReminderChannel channel, CancellationToken ct = default)
    {
        var at = Now();
        if (!await TryClaimAsync(seen, at, ct))
        {
            return false;
        }

        try
        {
            await channel.SendAsync(conversationReference, text, ct);
            return true;
        }
        catch
        {
            await ReleaseAsync(seen, at, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// The clock to the millisecond: PostgreSQL keeps microseconds, so a time written with .NET's 100 ns ticks would not
    /// read back equal, and a claim could not be found again to give it back.
    /// </summary>
    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
    }

    private async Task UpsertAsync(int participantId, Func<AutoDiagDbContext, Task<int>> update, Func<ReminderContact> create, CancellationToken ct)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await update(db) > 0)
            {
                return;
            }

            db.ReminderContacts.Add(create());
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                // Another turn of the same participant inserted the row first: update it.
            }
        }

        await using var fresh = await dbFactory.CreateDbContextAsync(ct);
        if (await update(fresh) == 0)
        {
            throw new InvalidOperationException($"The reminder row of participant {participantId} can be neither inserted nor updated.");
        }
    }

    private static ReminderContactState StateOf(ReminderContact contact) => new(
        contact.ParticipantId,
        contact.ConversationReference is not null,
        DateTime.SpecifyKind(contact.LastMessageAt, DateTimeKind.Utc),
        contact.RemindersSent,
        contact.LastReminderAt is { } reminded ? DateTime.SpecifyKind(reminded, DateTimeKind.Utc) : null,
        contact.RemindersStopped,
        contact.LastFailedSendAt is { } failed ? DateTime.SpecifyKind(failed, DateTimeKind.Utc) : null);
}
