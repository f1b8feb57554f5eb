namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The draft « fiche synthèse » of an intercommunalité, in the structure of the démarche's fiches: context, calendar,
/// strategic axes (enjeux and orientations), the consultant's comments, and the communes × themes risk map. Every
/// fact in it comes from what was recorded (answers, risk levels, fiches communes, témoignages, notes, calendar) or
/// from the twelve fiches of other territories, and says where it comes from; the consultant edits the draft.
/// </summary>
/// <param name="GeneratedOn">The day it was generated, Paris time.</param>
/// <param name="Axes">The proposed axes, best first (numbered from 1).</param>
/// <param name="OtherThemes">Themes raised by at least one commune that got no axis, in score order.</param>
/// <param name="Comments">The consultant's notes: general notes first, then by theme in catalogue order.</param>
/// <param name="Heatmap">The communes × themes grid the risk map draws.</param>
public sealed record FicheSynthese(
    int IntercommunalityId,
    string IntercommunalityName,
    DateOnly GeneratedOn,
    SyntheseContext Context,
    SyntheseCalendar Calendar,
    IReadOnlyList<SyntheseAxis> Axes,
    IReadOnlyList<ThemeMention> OtherThemes,
    IReadOnlyList<SyntheseComment> Comments,
    RiskHeatmapData Heatmap)
{
    /// <summary>« fiche-synthese-cc-flandre-lys-2026-11-28 »: ASCII, lower case, no extension.</summary>
    public string FileBaseName => FicheSyntheseFileName.BaseName(IntercommunalityName, GeneratedOn);

    /// <summary>The name the Markdown gives the heatmap image: « {FileBaseName}.png ».</summary>
    public string HeatmapFileName => FicheSyntheseFileName.Heatmap(FileBaseName);
}
