namespace AutoDiag.Knowledge.StateStore;

/// <summary>
/// An activity the bot took on (claimed when its turn starts, given back if the turn fails): channels redeliver
/// activities, and a redelivery is not processed twice.
/// </summary>
public class ProcessedActivity
{
    public required string Key { get; set; }
    public DateTime ProcessedAt { get; set; }
}
