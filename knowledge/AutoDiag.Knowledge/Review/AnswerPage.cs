using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Review;

/// <summary>One page of answers, newest first.</summary>
/// <param name="TotalCount">Answers matching the filters, over all pages.</param>
/// <param name="Page">1-based page number asked for; past the last page, <see cref="Items"/> is empty.</param>
public sealed record AnswerPage(int TotalCount, int Page, int PageSize, IReadOnlyList<ReviewedAnswer> Items)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasNextPage => Page < PageCount;
}

/// <summary>An answer as a consultant reviews it.</summary>
/// <param name="Themes">Effective theme ids, most confident first (human tags win).</param>
/// <param name="ReportsNoDifficulty">« Rien à signaler »: it counts for coverage, not as a difficulty.</param>
/// <param name="EnteredByRole">The role of whoever typed it for the author, when not the author.</param>
/// <param name="EnteredByName">Their name, when known.</param>
/// <param name="RecordedAt">UTC.</param>
public sealed record ReviewedAnswer(
    long Id,
    CommuneRef Commune,
    AnswerKind Kind,
    string Text,
    bool ReportsNoDifficulty,
    IReadOnlyList<string> Themes,
    int AuthorId,
    string? AuthorName,
    ParticipantRole AuthorRole,
    ParticipantRole? EnteredByRole,
    string? EnteredByName,
    DateTime RecordedAt);
