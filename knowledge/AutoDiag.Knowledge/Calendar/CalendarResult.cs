namespace AutoDiag.Knowledge.Calendar;

/// <param name="Step">The step at fault, for <see cref="CalendarProblem.OutOfOrder"/> (the later of the two) and
/// <see cref="CalendarProblem.ImplausibleYear"/>; null otherwise.</param>
/// <param name="Calendar">The calendar saved; null when <paramref name="Problem"/> is not <see cref="CalendarProblem.None"/>.</param>
public sealed record CalendarResult(CalendarProblem Problem, DemarcheStep? Step, DemarcheCalendarView? Calendar)
{
    public bool Succeeded => Problem == CalendarProblem.None;
}
