namespace AutoDiag.Knowledge.Synthesis;

/// <summary>« CALENDRIER DU DÉROULEMENT »: the four steps of the démarche and the actors heard.</summary>
/// <param name="Steps">The four steps, in the démarche's order, dated when the consultant recorded a date.</param>
/// <param name="ActorsHeard">The structures whose testimony was recorded, in recording order, each once.</param>
public sealed record SyntheseCalendar(IReadOnlyList<SyntheseCalendarStep> Steps, IReadOnlyList<string> ActorsHeard);
