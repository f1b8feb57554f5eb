using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Review;

/// <param name="Note">The note stored; null when <paramref name="Problem"/> is not <see cref="NoteProblem.None"/>.</param>
/// <param name="Masked">The personal data masked in it (in the text as typed), for the consultant to be told; null when none.</param>
public sealed record NoteResult(NoteProblem Problem, ConsultantNoteView? Note, IReadOnlyList<PersonalDataSpan>? Masked = null)
{
    public bool Succeeded => Problem == NoteProblem.None;
}
