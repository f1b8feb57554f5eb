namespace AutoDiag.Interview.Dialogs;

/// <summary>The message an <see cref="AddendumDialog"/> offers to add, kept until the élu says where.</summary>
public sealed class AddendumOptions
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The message's own source (<see cref="TextAnswerRecorder.SourceOf"/>): its redelivery is then recognised.</summary>
    public string SourceActivityId { get; set; } = string.Empty;
}
