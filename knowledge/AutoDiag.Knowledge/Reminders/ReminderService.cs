using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// Reminders that bring participants back to an unfinished interview: the automatic ones (<see cref="SendDueAsync"/>,
/// decided by the <see cref="ReminderPlanner"/>), a consultant's « relancer » (<see cref="RemindAllAsync"/>), and the
/// participant's « stop rappels ». The words are the caller's (<c>text</c>): the domain only knows where each stands.
/// </summary>
public sealed class ReminderService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ReminderContacts contacts,
    ReminderPlanner planner,
    ReminderOptions options,
    ParticipantDirectory participants,
    InterviewService interview,
    AccessPolicy access,
    IReminderChannel channel,
    TimeProvider clock,
    ILogger<ReminderService> logger)
{
    /// <summary>A consultant's « relancer » skips whoever got a reminder this recently (a second « relancer », a retried turn).</summary>
    public static readonly TimeSpan ConsultantReminderGap = TimeSpan.FromHours(1);

    /// <summary>How many of a consultant's reminders go out at once.</summary>
    private const int ParallelSends = 4;

    public Task RecordMessageAsync(int participantId, string conversationReference, CancellationToken ct = default) =>
        contacts.RecordMessageAsync(participantId, conversationReference, ct);

    /// <summary>« stop rappels » (true), « reprendre les rappels » (false).</summary>
    public Task SetStoppedAsync(ParticipantProfile participant, bool stopped, CancellationToken ct = default) =>
        contacts.SetStoppedAsync(participant.Id, stopped, ct);

    /// <summary>Who gets an automatic reminder now. Nobody outside the sending hours, without reading the database.</summary>
    public async Task<IReadOnlyList<ReminderTarget>> ListDueAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        if (!ReminderPlanner.IsSendingTime(now) || options.MaxCount == 0)
        {
            return [];
        }

        var due = new List<ReminderTarget>();
        foreach (var (state, reference) in await contacts.ListCandidatesAsync(options.Delay, options.MaxCount, ct))
        {
            var participant = await participants.GetAsync(state.ParticipantId, ct);
            if (participant is null || !ReminderPlanner.HasInterview(participant.Role))
            {
                continue;
            }
            var position = await interview.GetPositionAsync(participant, ct);
            if (planner.Decide(state, participant.Role, position.IsFinished, now) == ReminderDecision.Due)
            {
                due.Add(new ReminderTarget(participant, position, state, reference));
            }
        }
        return due;
    }

    /// <summary>Sends every reminder due now; returns how many went out from this instance.</summary>
    public async Task<int> SendDueAsync(Func<InterviewPosition, string> text, CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var target in await ListDueAsync(ct))
        {
            if (await SendAsync(target, text(target.Position), ct) == ReminderSendOutcome.Sent)
            {
                sent++;
            }
        }
        return sent;
    }

    /// <summary>Claims the reminder in the database, then sends it; a failed send is logged, not counted, and tried again a day later.</summary>
    public async Task<ReminderSendOutcome> SendAsync(ReminderTarget target, string text, CancellationToken ct = default)
    {
        try
        {
            if (!await contacts.SendAsync(target.State, target.ConversationReference, text, channel, ct))
            {
                logger.LogInformation("Reminder of participant {ParticipantId} taken by another instance, or their row changed.", target.Participant.Id);
                return ReminderSendOutcome.AlreadyHandled;
            }
            logger.LogInformation("Reminder {Count} sent to participant {ParticipantId}.", target.State.RemindersSent + 1, target.Participant.Id);
            return ReminderSendOutcome.Sent;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(e, "Reminder to participant {ParticipantId} not delivered; tried again in {RetryAfter}.", target.Participant.Id, ReminderPlanner.RetryAfterFailure);
            return ReminderSendOutcome.Failed;
        }
    }

    /// <summary>
    /// A consultant's « relancer »: a reminder now to everyone of the consultant's intercommunalité whose interview is
    /// unfinished, whatever the delay and the hour, except those who said « stop rappels » and those reminded in the
    /// last <see cref="ConsultantReminderGap"/>. Consultants and administrators of the intercommunalité only.
    /// </summary>
    /// <exception cref="AccessDeniedException">Anyone else.</exception>
    public async Task<RemindAllReport> RemindAllAsync(ParticipantProfile consultant, Func<InterviewPosition, string> text, CancellationToken ct = default)
    {
        var intercommunalityId = consultant.IntercommunalityId;
        access.Demand(consultant, ProtectedAction.Review, intercommunalityId, communeId: 0);

        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ids = await db.Participants.AsNoTracking()
                .Where(p => p.IntercommunalityId == intercommunalityId
                    && (p.Role == ParticipantRole.Elu || p.Role == ParticipantRole.SecretaireDeMairie))
                .Select(p => p.Id)
                .ToListAsync(ct);
        }
        var rows = await contacts.GetManyAsync(ids, ct);
        var now = clock.GetUtcNow();

        var toRemind = new List<ReminderTarget>();
        List<ParticipantProfile> notReachable = [], stopped = [], recent = [];
        var finished = 0;
        foreach (var id in ids)
        {
            // No commune, nothing to answer: the « élu anonyme » that keeps an erased élu's answers, among others.
            if (await participants.GetAsync(id, ct) is not { Communes.Count: > 0 } participant)
            {
                continue;
            }
            var position = await interview.GetPositionAsync(participant, ct);
            if (position.IsFinished)
            {
                finished++;
            }
            else if (!rows.TryGetValue(id, out var row) || row.ConversationReference is null)
            {
                notReachable.Add(participant);
            }
            else if (row.State.RemindersStopped)
            {
                stopped.Add(participant);
            }
            else if (row.State.LastReminderAt is { } last && now.UtcDateTime - last < ConsultantReminderGap)
            {
                recent.Add(participant);
            }
            else
            {
                toRemind.Add(new ReminderTarget(participant, position, row.State, row.ConversationReference));
            }
        }

        var reminded = new List<ParticipantProfile>();
        var failed = new List<ParticipantProfile>();
        await Parallel.ForEachAsync(toRemind, new ParallelOptions { MaxDegreeOfParallelism = ParallelSends, CancellationToken = ct }, async (target, token) =>
        {
            // Taken by another instance at the same moment: sent all the same.
            var outcome = await SendAsync(target, text(target.Position), token);
            lock (reminded)
            {
                (outcome == ReminderSendOutcome.Failed ? failed : reminded).Add(target.Participant);
            }
        });

        logger.LogInformation(
            "Participant {ConsultantId} reminded {Reminded} participants of intercommunality {IntercommunalityId} ({Failed} failed, {NotReachable} unreachable, {Stopped} stopped).",
            consultant.Id, reminded.Count, intercommunalityId, failed.Count, notReachable.Count, stopped.Count);
        return new RemindAllReport(
            consultant.IntercommunalityName, ByName(reminded), ByName(notReachable), ByName(stopped), ByName(recent), ByName(failed),
            finished, !ReminderPlanner.IsSendingTime(now));
    }

    private static List<ParticipantProfile> ByName(IEnumerable<ParticipantProfile> people) =>
        people.OrderBy(p => p.DisplayName ?? string.Empty, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), ignoreCase: true)).ToList();
}
