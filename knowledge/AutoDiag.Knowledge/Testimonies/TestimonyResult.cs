using AutoDiag.Knowledge.Privacy;

namespace AutoDiag.Knowledge.Testimonies;

/// <param name="Testimony">The testimony stored; null when <paramref name="Problem"/> is not <see cref="TestimonyProblem.None"/>.</param>
/// <param name="Masked">The personal data masked in its fields (in the texts as typed), for the consultant to be told; null when none.</param>
public sealed record TestimonyResult(TestimonyProblem Problem, TestimonyView? Testimony, IReadOnlyList<PersonalDataSpan>? Masked = null)
{
    public bool Succeeded => Problem == TestimonyProblem.None;
}
