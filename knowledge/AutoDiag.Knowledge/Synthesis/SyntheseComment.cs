namespace AutoDiag.Knowledge.Synthesis;

/// <summary>A consultant's note, quoted in « COMMENTAIRES ET ENJEUX MAJEURS ».</summary>
/// <param name="ThemeId">Null for a note on the démarche as a whole.</param>
/// <param name="ThemeLabel">The theme's label, when the note is about a theme.</param>
/// <param name="WrittenAt">UTC.</param>
public sealed record SyntheseComment(string? ThemeId, string? ThemeLabel, string Text, DateTime WrittenAt);
