namespace AutoDiag.Knowledge.Pistes;

/// <summary>A step of a territory's démarche.</summary>
/// <param name="Date">As written in the fiche, e.g. « 28 MARS 2017 » or « 1ER SEMESTRE 2018 ».</param>
/// <param name="Event">What happened, e.g. « Soirée de témoignages des acteurs locaux et institutionnels ».</param>
/// <param name="Participants">The local and institutional actors heard, when the fiche lists them.</param>
public sealed record FicheCalendarEntry(string Date, string Event, IReadOnlyList<string>? Participants = null);
