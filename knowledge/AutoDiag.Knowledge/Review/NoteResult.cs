namespace AutoDiag.Knowledge.Review;

/// <param name="Note">The note stored; null when <paramref name="Problem"/> is not <see cref="NoteProblem.None"/>.</param>
public sealed record NoteResult(NoteProblem Problem, ConsultantNoteView? Note)
{
    public bool Succeeded => Problem == NoteProblem.None;
}
