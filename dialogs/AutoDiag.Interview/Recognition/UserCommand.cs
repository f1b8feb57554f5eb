namespace AutoDiag.Interview.Recognition;

/// <summary>What a participant can say at any point of the conversation.</summary>
public enum UserCommand
{
    None = 0,
    Help,
    Pause,
    Cancel,
    Recap,
    Resume,
    /// <summary>Something that looks like a command (« /export ») but is not one of ours.</summary>
    Unknown,
}
