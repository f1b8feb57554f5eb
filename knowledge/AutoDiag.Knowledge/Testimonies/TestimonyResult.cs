namespace AutoDiag.Knowledge.Testimonies;

/// <param name="Testimony">The testimony stored; null when <paramref name="Problem"/> is not <see cref="TestimonyProblem.None"/>.</param>
public sealed record TestimonyResult(TestimonyProblem Problem, TestimonyView? Testimony)
{
    public bool Succeeded => Problem == TestimonyProblem.None;
}
