namespace AutoDiag.Knowledge.Synthesis;

/// <summary>« CONTEXTE »: the intercommunalité's figures as recorded, and how far the état des lieux went.</summary>
/// <param name="Population">Inhabitants, when recorded for the intercommunalité or in every commune's fiche.</param>
/// <param name="CommuneCount">Member communes.</param>
/// <param name="Departements">Communes per département, when the communes' départements are recorded (largest first).</param>
/// <param name="History">The history the consultant recorded with the calendar, if any.</param>
/// <param name="PopulationSummedFromCommunes">The population is the total of the fiches communes, not a figure of the intercommunalité.</param>
public sealed record SyntheseContext(
    int? Population,
    int? PopulationYear,
    int CommuneCount,
    IReadOnlyList<DepartementShare> Departements,
    string? History,
    SyntheseParticipation Participation,
    bool PopulationSummedFromCommunes = false);
