namespace AutoDiag.Knowledge.Calendar;

/// <summary>
/// The « calendrier du déroulement » of an intercommunalité's démarche, as in each fiche: one row per
/// intercommunalité, each step's date unknown until the consultant gives it.
/// </summary>
public class DemarcheCalendar
{
    /// <summary>Also the key: one calendar per intercommunalité.</summary>
    public int IntercommunalityId { get; set; }
    /// <summary>Présentation de la démarche aux élus.</summary>
    public DateOnly? PresentationAuxElus { get; set; }
    /// <summary>Soirée ateliers « ressources et difficultés ».</summary>
    public DateOnly? AteliersRessourcesDifficultes { get; set; }
    /// <summary>Soirée de témoignages des acteurs locaux et institutionnels.</summary>
    public DateOnly? SoireeTemoignages { get; set; }
    /// <summary>Restitution.</summary>
    public DateOnly? Restitution { get; set; }
    /// <summary>The history of the territory's social policy the fiche's « Contexte » recalls (free text), if recorded.</summary>
    public string? History { get; set; }
    public int UpdatedByParticipantId { get; set; }
    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
