namespace AutoDiag.Knowledge.StateStore;

/// <summary>One document of the bot's own state (a conversation's dialog stack), with its eTag for optimistic concurrency.</summary>
public class BotStateRecord
{
    public required string Key { get; set; }
    public required string Document { get; set; }
    public required string ETag { get; set; }
    public DateTime UpdatedAt { get; set; }
}
