namespace AutoDiag.Knowledge.Review;

/// <summary>Why a note was not stored; the bot words it.</summary>
public enum NoteProblem
{
    None,
    /// <summary>Nothing but white space.</summary>
    Empty,
    /// <summary>Longer than <see cref="ThemeReviewService.NoteMaxLength"/> once trimmed.</summary>
    TooLong,
}
