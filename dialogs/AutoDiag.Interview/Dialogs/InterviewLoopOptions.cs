namespace AutoDiag.Interview.Dialogs;

/// <summary>What the interview loop carries from one round to the next.</summary>
public sealed class InterviewLoopOptions
{
    /// <summary>The commune of the question just answered.</summary>
    public int? LastCommuneId { get; set; }

    /// <summary>The élu whose answers are typed by someone else (« saisie pour le compte de »); null for one's own.</summary>
    public int? SubjectParticipantId { get; set; }
}
