using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Interview;

/// <summary>What was stored for an answer: the themes recognised, and whether the text was cut.</summary>
public sealed record RecordedAnswer(long AnswerId, IReadOnlyList<string> ThemeIds, bool ReportsNoDifficulty, bool WasTruncated, bool AlreadyRecorded)
{
    /// <summary>What was masked in the text before it was stored; nothing for an answer with no free text.</summary>
    public MaskedText? Masking { get; init; }
}
