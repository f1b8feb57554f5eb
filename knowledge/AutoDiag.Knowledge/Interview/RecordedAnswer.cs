namespace AutoDiag.Knowledge.Interview;

/// <summary>What was stored for an answer: the themes recognised, and whether the text was cut.</summary>
public sealed record RecordedAnswer(long AnswerId, IReadOnlyList<string> ThemeIds, bool ReportsNoDifficulty, bool WasTruncated, bool AlreadyRecorded);
