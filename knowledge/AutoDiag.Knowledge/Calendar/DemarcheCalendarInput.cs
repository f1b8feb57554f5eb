namespace AutoDiag.Knowledge.Calendar;

/// <summary>The whole calendar as the consultant saves it: a null date is a step not scheduled yet.</summary>
/// <param name="History">The history of the territory's social policy (free text); empty clears it.</param>
public sealed record DemarcheCalendarInput(
    DateOnly? PresentationAuxElus,
    DateOnly? AteliersRessourcesDifficultes,
    DateOnly? SoireeTemoignages,
    DateOnly? Restitution,
    string? History)
{
    /// <summary>The steps' dates, in step order.</summary>
    public IReadOnlyList<(DemarcheStep Step, DateOnly? Date)> Steps =>
    [
        (DemarcheStep.PresentationAuxElus, PresentationAuxElus),
        (DemarcheStep.AteliersRessourcesDifficultes, AteliersRessourcesDifficultes),
        (DemarcheStep.SoireeTemoignages, SoireeTemoignages),
        (DemarcheStep.Restitution, Restitution),
    ];
}
