namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// Where a question stands in a run of the same kind: the risk question of the second of four themes raised is 2 of 4.
/// A long message can raise five or six themes; the élu sees how many are left.
/// </summary>
public sealed record QuestionRank(int Number, int Count);
