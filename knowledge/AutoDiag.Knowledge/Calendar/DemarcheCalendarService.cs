using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Calendar;

/// <summary>
/// The « calendrier du déroulement » of an intercommunalité's démarche and the history of its social policy, one per
/// intercommunalité, replaced as a whole at each save.
/// <para>
/// Access, to read as to write: <see cref="ProtectedAction.Review"/> on the intercommunalité (its consultants and
/// administrators); anyone else gets <see cref="AccessDeniedException"/> (logged), like an unknown intercommunalité.
/// </para>
/// <para>The history is free text, quoted in the fiche synthèse: residents' personal data in it is masked before it is stored.</para>
/// </summary>
public sealed class DemarcheCalendarService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    AccessPolicy access,
    PersonalDataMasker masker,
    TimeProvider clock,
    ILogger<DemarcheCalendarService> logger)
{
    /// <summary>The longest history, once trimmed (the column's size).</summary>
    public const int HistoryMaxLength = 4000;
    /// <summary>How many years before or after this one a step may be in: further, it is a typing slip (« 2099 », « 2020 »
    /// for « 2026 »). A démarche runs over months, not years.</summary>
    public const int PlausibleYearsAround = 3;

    /// <returns>The saved calendar, or <see cref="DemarcheCalendarView.Empty"/> when none was saved.</returns>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<DemarcheCalendarView> GetAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);
        var saved = await (
            from calendar in db.DemarcheCalendars.AsNoTracking()
            join author in db.Participants.AsNoTracking() on calendar.UpdatedByParticipantId equals author.Id
            where calendar.IntercommunalityId == intercommunalityId
            select new { calendar, author.DisplayName })
            .SingleOrDefaultAsync(ct);
        return saved is null ? DemarcheCalendarView.Empty : ToView(saved.calendar, saved.DisplayName);
    }

    /// <summary>Checks the calendar and, when it holds, replaces the saved one (or creates it).</summary>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<CalendarResult> SaveAsync(
        ParticipantProfile viewer, int intercommunalityId, DemarcheCalendarInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);

        var (problem, step) = Validate(input, clock.GetUtcNow().Year);
        if (problem != CalendarProblem.None)
        {
            return new CalendarResult(problem, step, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var calendar = await db.DemarcheCalendars.SingleOrDefaultAsync(c => c.IntercommunalityId == intercommunalityId, ct);
        var isNew = calendar is null;
        calendar ??= new DemarcheCalendar { IntercommunalityId = intercommunalityId };
        var masked = Clean(input.History) is { } history ? masker.Mask(history) : null;
        // A placeholder can be longer than what it replaces (« M. X » → « M. [nom] »): the masked text still fits the column.
        input = input with { History = masked is null ? null : LongText.Cut(masked.Text, HistoryMaxLength) };
        Apply(calendar, input, viewer.Id, now);
        if (isNew)
        {
            db.DemarcheCalendars.Add(calendar);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (isNew && UniqueViolation.Is(e))
        {
            // Saved by someone else at the same moment: the last save wins, as it would a moment later.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            Apply(await fresh.DemarcheCalendars.SingleAsync(c => c.IntercommunalityId == intercommunalityId, ct), input, viewer.Id, now);
            await fresh.SaveChangesAsync(ct);
        }

        logger.LogInformation(
            "Participant {ParticipantId} saved the calendar of intercommunality {IntercommunalityId}", viewer.Id, intercommunalityId);
        return new CalendarResult(CalendarProblem.None, null, ToView(calendar, viewer.DisplayName), masked is { HasMasked: true } ? masked.Found : null);
    }

    /// <summary>
    /// The first problem of a calendar and the step at fault. Years are checked first, so that a slip in a year is
    /// reported as such rather than as a step out of order.
    /// </summary>
    public static (CalendarProblem Problem, DemarcheStep? Step) Validate(DemarcheCalendarInput input, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(input);
        var given = input.Steps.Where(s => s.Date is not null).Select(s => (s.Step, Date: s.Date!.Value)).ToList();
        foreach (var (step, date) in given)
        {
            if (Math.Abs(date.Year - currentYear) > PlausibleYearsAround)
            {
                return (CalendarProblem.ImplausibleYear, step);
            }
        }

        // Steps without a date are skipped: each date is compared with the previous step that has one.
        for (var i = 1; i < given.Count; i++)
        {
            if (given[i].Date < given[i - 1].Date)
            {
                return (CalendarProblem.OutOfOrder, given[i].Step);
            }
        }

        return Clean(input.History)?.Length > HistoryMaxLength ? (CalendarProblem.HistoryTooLong, null) : (CalendarProblem.None, null);
    }

    private static void Apply(DemarcheCalendar calendar, DemarcheCalendarInput input, int participantId, DateTime now)
    {
        calendar.PresentationAuxElus = input.PresentationAuxElus;
        calendar.AteliersRessourcesDifficultes = input.AteliersRessourcesDifficultes;
        calendar.SoireeTemoignages = input.SoireeTemoignages;
        calendar.Restitution = input.Restitution;
        calendar.History = Clean(input.History);
        calendar.UpdatedByParticipantId = participantId;
        calendar.UpdatedAt = now;
    }

    private static DemarcheCalendarView ToView(DemarcheCalendar calendar, string? updatedBy) => new(
        calendar.PresentationAuxElus,
        calendar.AteliersRessourcesDifficultes,
        calendar.SoireeTemoignages,
        calendar.Restitution,
        calendar.History,
        updatedBy,
        DateTime.SpecifyKind(calendar.UpdatedAt, DateTimeKind.Utc));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
