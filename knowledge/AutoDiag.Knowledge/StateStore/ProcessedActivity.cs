namespace AutoDiag.Knowledge.StateStore;

/// <summary>An activity whose turn completed: channels redeliver activities, and a redelivery is not processed twice.</summary>
public class ProcessedActivity
{
    public required string Key { get; set; }
    public DateTime ProcessedAt { get; set; }
}
