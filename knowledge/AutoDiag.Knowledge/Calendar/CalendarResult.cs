using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Calendar;

/// <param name="Step">The step at fault, for <see cref="CalendarProblem.OutOfOrder"/> (the later of the two) and
/// <see cref="CalendarProblem.ImplausibleYear"/>; null otherwise.</param>
/// <param name="Calendar">The calendar saved; null when <paramref name="Problem"/> is not <see cref="CalendarProblem.None"/>.</param>
/// <param name="Masked">The personal data masked in the history (in the text as typed), for the consultant to be told; null when none.</param>
public sealed record CalendarResult(CalendarProblem Problem, DemarcheStep? Step, DemarcheCalendarView? Calendar, IReadOnlyList<PersonalDataSpan>? Masked = null)
{
    public bool Succeeded => Problem == CalendarProblem.None;
}
