namespace AutoDiag.Knowledge.Pistes;

/// <summary>
/// One fiche of the démarche « Politique sociale intercommunale » (Territoires Conseils): a territory that went through
/// it, and the axes, orientations and actions debated at its restitution.
/// </summary>
/// <param name="Territory">Short name, e.g. « CC du Haut Allier ».</param>
/// <param name="Departement">Département number(s) as written, e.g. « 43 » or « 59 et 62 ».</param>
/// <param name="Population">Inhabitants, when the fiche gives one figure for the whole territory.</param>
/// <param name="PopulationYear">Year of that figure, when given.</param>
/// <param name="PopulationAsWritten">The population as the fiche words it (« Près de 40 000 habitants (2019) »).</param>
/// <param name="Communes">Number of member communes, when given.</param>
/// <param name="Calendar">The démarche's steps, in order.</param>
/// <param name="Axes">The strategic axes, in the fiche's order.</param>
/// <param name="Comments">The « Commentaires et enjeux majeurs » paragraphs.</param>
public sealed record Fiche(
    string Territory,
    string Departement,
    IReadOnlyList<FicheCalendarEntry> Calendar,
    IReadOnlyList<FicheAxis> Axes,
    IReadOnlyList<string> Comments,
    int? Population = null,
    int? PopulationYear = null,
    string? PopulationAsWritten = null,
    int? Communes = null);
