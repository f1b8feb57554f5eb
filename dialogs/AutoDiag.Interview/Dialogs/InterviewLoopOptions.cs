namespace AutoDiag.Interview.Dialogs;

/// <summary>What the interview loop carries from one round to the next.</summary>
public sealed class InterviewLoopOptions
{
    /// <summary>The commune of the question just answered.</summary>
    public int? LastCommuneId { get; set; }

    /// <summary>
    /// The question just answered: asked again, it is a follow-up (« Une autre difficulté ? »). Arriving at a question
    /// or coming back to it, the élu gets it whole, even with answers already given (from an offer, before a pause).
    /// </summary>
    public string? LastQuestionKey { get; set; }

    /// <summary>The élu whose answers are typed by someone else (« saisie pour le compte de »); null for one's own.</summary>
    public int? SubjectParticipantId { get; set; }
}
