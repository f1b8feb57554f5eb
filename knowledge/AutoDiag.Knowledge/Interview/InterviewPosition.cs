using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// Where a participant stands: derived from what is stored, never kept aside, so that a new
/// conversation or a restarted server resumes at the exact question left.
/// </summary>
/// <param name="AnswersSoFar">For the open-ended steps, how many answers the participant already gave to this question.</param>
/// <param name="Rank">For a risk question, its rank among the themes the participant's difficulties raise in the commune.</param>
public sealed record InterviewPosition(
    int CommuneNumber, int CommuneCount, CommuneRef? Commune, InterviewStep Step, string? ThemeId, int AnswersSoFar = 0, QuestionRank? Rank = null)
{
    public bool IsFinished => Step == InterviewStep.Finished;

    /// <summary>The question to ask; null once every commune is done.</summary>
    public InterviewQuestion? Question => IsFinished ? null : new InterviewQuestion(Commune!.Id, Step, ThemeId);

    /// <summary>Identifies the question, so that an answer meant for an older question is recognised.</summary>
    public string QuestionKey => Question?.Key ?? "finished";
}
