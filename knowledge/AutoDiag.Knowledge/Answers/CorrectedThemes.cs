namespace AutoDiag.Knowledge.Answers;

/// <summary>An answer's themes after a correction.</summary>
/// <param name="RespondentId">The participant the answer is from.</param>
/// <param name="ThemeIds">The themes now set by the person who corrected them, in the order given.</param>
/// <param name="LeadsInterview">
/// Made by the respondent or whoever typed the answer: the respondent's interview follows it (a theme added brings its
/// risk question). A consultant's correction is the review's and leaves the interview as it was.
/// </param>
/// <param name="RiskThemes">The themes whose risk level went with the themes taken off, in the answer's former order.</param>
public sealed record CorrectedThemes(int RespondentId, IReadOnlyList<string> ThemeIds, bool LeadsInterview, IReadOnlyList<string> RiskThemes);
