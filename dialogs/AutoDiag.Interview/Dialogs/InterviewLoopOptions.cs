namespace AutoDiag.Interview.Dialogs;

/// <summary>What one round of the interview loop tells the next: the question just answered.</summary>
public sealed class InterviewLoopOptions
{
    public string? LastQuestionKey { get; set; }
    public int? LastCommuneId { get; set; }
}
