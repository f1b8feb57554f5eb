using AutoDiag.Knowledge.Calendar;

namespace AutoDiag.Knowledge.Synthesis;

/// <param name="Date">Null until the consultant records it.</param>
public sealed record SyntheseCalendarStep(DemarcheStep Step, DateOnly? Date);
