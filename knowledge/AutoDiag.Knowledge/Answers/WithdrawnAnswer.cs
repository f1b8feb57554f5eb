namespace AutoDiag.Knowledge.Answers;

/// <summary>What a withdrawal took away.</summary>
/// <param name="RespondentId">The participant the answer was from: their interview follows the answers left.</param>
/// <param name="RiskThemes">The themes whose risk level went with the answer, in the catalog's order of its themes.</param>
public sealed record WithdrawnAnswer(int RespondentId, IReadOnlyList<string> RiskThemes);
