namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>A short form élus type, with what it stands for.</summary>
/// <param name="Short">As typed, e.g. « TAD ».</param>
/// <param name="Long">Its expansion, e.g. « transport à la demande ».</param>
/// <param name="MatchCase">
/// True when the lower-case form is a common word or unit (« PA », « ML »): only the capitals count then.
/// </param>
public sealed record Abbreviation(string Short, string Long, bool MatchCase);
