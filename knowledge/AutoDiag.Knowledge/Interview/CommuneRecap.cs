using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Interview;

/// <summary>What a participant has recorded for one commune.</summary>
/// <param name="NothingToReportThemeIds">The themes answered « Rien à signaler » that none of the participant's difficulties raises.</param>
public sealed record CommuneRecap(
    CommuneRef Commune,
    IReadOnlyList<RecapAnswer> Difficulties,
    IReadOnlyList<RecapAnswer> Resources,
    IReadOnlyList<RecapRisk> Risks,
    IReadOnlyList<string> NothingToReportThemeIds);

public sealed record RecapAnswer(string Text, IReadOnlyList<string> ThemeIds);

public sealed record RecapRisk(string ThemeId, RiskLevel Level, string? Comment);
