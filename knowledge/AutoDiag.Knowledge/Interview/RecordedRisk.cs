using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Interview;

/// <summary>A risk level as stored.</summary>
/// <param name="Comment">The comment as stored (masked); null when there is none.</param>
/// <param name="CommentCutTo">
/// The number of characters kept when the comment was longer than <see cref="InterviewService.RiskCommentMaxLength"/>;
/// null when it was kept whole.
/// </param>
public sealed record RecordedRisk(MaskedText? Comment, int? CommentCutTo);
