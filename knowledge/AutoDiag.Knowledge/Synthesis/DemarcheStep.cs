namespace AutoDiag.Knowledge.Synthesis;

/// <summary>The steps of the démarche, as each fiche's calendar lists them.</summary>
public enum DemarcheStep
{
    /// <summary>Présentation de la démarche aux élus.</summary>
    PresentationAuxElus = 1,
    /// <summary>Soirée ateliers « ressources et difficultés » réunissant des élus (phase 1).</summary>
    AteliersRessourcesDifficultes = 2,
    /// <summary>Soirée de témoignages des acteurs locaux et institutionnels (phase 2).</summary>
    SoireeTemoignages = 3,
    /// <summary>Restitution de la démarche en plénière.</summary>
    Restitution = 4,
}
