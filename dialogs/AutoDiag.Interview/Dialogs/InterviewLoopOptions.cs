namespace AutoDiag.Interview.Dialogs;

/// <summary>What one round of the interview loop tells the next: the commune of the question just answered.</summary>
public sealed class InterviewLoopOptions
{
    public int? LastCommuneId { get; set; }
}
