namespace AutoDiag.Knowledge.Calendar;

/// <summary>Why a calendar was not saved; the bot words it.</summary>
public enum CalendarProblem
{
    None,
    /// <summary>A step's date is before the date of an earlier step.</summary>
    OutOfOrder,
    /// <summary>A date's year is more than <see cref="DemarcheCalendarService.PlausibleYearsAround"/> years from the current one.</summary>
    ImplausibleYear,
    /// <summary>The history is longer than <see cref="DemarcheCalendarService.HistoryMaxLength"/> once trimmed.</summary>
    HistoryTooLong,
}
