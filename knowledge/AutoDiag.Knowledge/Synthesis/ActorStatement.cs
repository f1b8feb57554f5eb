namespace AutoDiag.Knowledge.Synthesis;

/// <summary>What a local or institutional actor said at the soirée de témoignages (phase 2), as the consultant recorded it.</summary>
/// <param name="Structure">« Mission Locale », « ADMR », « CCAS de Guer ».</param>
/// <param name="Text">As recorded, possibly shortened.</param>
public sealed record ActorStatement(string Structure, string Text);
