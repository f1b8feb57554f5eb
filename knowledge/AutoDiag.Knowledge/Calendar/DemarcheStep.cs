namespace AutoDiag.Knowledge.Calendar;

/// <summary>The steps of the démarche, in the order they happen.</summary>
public enum DemarcheStep
{
    /// <summary>Présentation de la démarche aux élus.</summary>
    PresentationAuxElus = 1,
    /// <summary>Soirée ateliers « ressources et difficultés ».</summary>
    AteliersRessourcesDifficultes = 2,
    /// <summary>Soirée de témoignages des acteurs locaux et institutionnels.</summary>
    SoireeTemoignages = 3,
    Restitution = 4,
}
