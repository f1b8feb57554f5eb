namespace AutoDiag.Knowledge.Review;

/// <summary>A consultant's note as it is listed.</summary>
/// <param name="ThemeId">Null for a general comment on the démarche.</param>
/// <param name="Author">The display name of who wrote it, when known.</param>
/// <param name="WrittenAt">UTC.</param>
public sealed record ConsultantNoteView(int Id, string? ThemeId, string Text, string? Author, DateTime WrittenAt);
