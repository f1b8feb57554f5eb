namespace AutoDiag.Knowledge.Calendar;

/// <summary>An intercommunalité's calendar as it is shown.</summary>
/// <param name="UpdatedBy">The display name of who saved it last, when known; null for <see cref="Empty"/>.</param>
/// <param name="UpdatedAt">UTC; null for <see cref="Empty"/>.</param>
public sealed record DemarcheCalendarView(
    DateOnly? PresentationAuxElus,
    DateOnly? AteliersRessourcesDifficultes,
    DateOnly? SoireeTemoignages,
    DateOnly? Restitution,
    string? History,
    string? UpdatedBy,
    DateTime? UpdatedAt)
{
    /// <summary>The calendar of an intercommunalité for which none was saved.</summary>
    public static DemarcheCalendarView Empty { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The steps' dates, in step order.</summary>
    public IReadOnlyList<(DemarcheStep Step, DateOnly? Date)> Steps => ToInput().Steps;

    /// <summary>The date of one step, null when not scheduled.</summary>
    public DateOnly? DateOf(DemarcheStep step) => Steps.Single(s => s.Step == step).Date;

    /// <summary>What to save to keep this calendar, e.g. to change one date with a <c>with</c> expression.</summary>
    public DemarcheCalendarInput ToInput() =>
        new(PresentationAuxElus, AteliersRessourcesDifficultes, SoireeTemoignages, Restitution, History);
}
