using System.Linq.Expressions;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Interview;

internal enum PositionRowKind
{
    AnswerTag,
    Risk,
    ClosedSection,
}

/// <summary>
/// One row of the interview position's single query (a union, read on every turn): an answer with one of
/// its tags (or none), a risk level, or a closed section. The columns of the other kinds are left empty.
/// </summary>
internal sealed class PositionRow
{
    public PositionRowKind Of { get; init; }
    public int CommuneId { get; init; }
    public long AnswerId { get; init; }
    public AnswerKind AnswerKind { get; init; }
    public bool ReportsNoDifficulty { get; init; }
    public long? TagId { get; init; }
    /// <summary>The tag's theme, or the theme of a risk level.</summary>
    public string? ThemeId { get; init; }
    public double? Confidence { get; init; }
    public TagSource? Source { get; init; }
    public bool? TagReportsNoDifficulty { get; init; }
    public InterviewSection? Section { get; init; }

    /// <summary>An answer with one of its tags, or with none (a left join).</summary>
    public static readonly Expression<Func<Answer, ThemeTag?, PositionRow>> AnswerTag = (a, t) => new PositionRow
    {
        Of = PositionRowKind.AnswerTag,
        CommuneId = a.CommuneId,
        AnswerId = a.Id,
        AnswerKind = a.Kind,
        ReportsNoDifficulty = a.ReportsNoDifficulty,
        TagId = (long?)t!.Id,
        ThemeId = t.ThemeId,
        Confidence = (double?)t.Confidence,
        Source = (TagSource?)t.Source,
        TagReportsNoDifficulty = (bool?)t.ReportsNoDifficulty,
        Section = null,
    };

    public static readonly Expression<Func<RiskAssessment, PositionRow>> Risk = r => new PositionRow
    {
        Of = PositionRowKind.Risk,
        CommuneId = r.CommuneId,
        AnswerId = 0,
        AnswerKind = AnswerKind.Difficulty,
        ReportsNoDifficulty = false,
        TagId = null,
        ThemeId = r.ThemeId,
        Confidence = null,
        Source = null,
        TagReportsNoDifficulty = null,
        Section = null,
    };

    public static readonly Expression<Func<SectionCompletion, PositionRow>> ClosedSection = c => new PositionRow
    {
        Of = PositionRowKind.ClosedSection,
        CommuneId = c.CommuneId,
        AnswerId = 0,
        AnswerKind = AnswerKind.Difficulty,
        ReportsNoDifficulty = false,
        TagId = null,
        ThemeId = null,
        Confidence = null,
        Source = null,
        TagReportsNoDifficulty = null,
        Section = (InterviewSection?)c.Section,
    };

    /// <summary>The answers of these rows with their tags, texts left out.</summary>
    public static List<Answer> Answers(IEnumerable<PositionRow> rows) =>
        rows.Where(r => r.Of == PositionRowKind.AnswerTag)
            .GroupBy(r => r.AnswerId)
            .Select(answer => new Answer
            {
                Id = answer.Key,
                CommuneId = answer.First().CommuneId,
                Kind = answer.First().AnswerKind,
                ReportsNoDifficulty = answer.First().ReportsNoDifficulty,
                Text = string.Empty,
                SourceActivityId = string.Empty,
                Tags = answer.Where(r => r.TagId is not null)
                    .Select(r => new ThemeTag
                    {
                        Id = r.TagId!.Value,
                        AnswerId = answer.Key,
                        ThemeId = r.ThemeId!,
                        Confidence = r.Confidence!.Value,
                        Source = r.Source!.Value,
                        ReportsNoDifficulty = r.TagReportsNoDifficulty!.Value,
                    })
                    .ToList(),
            })
            .ToList();
}
