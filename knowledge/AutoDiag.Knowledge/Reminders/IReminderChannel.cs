namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// Writes to a conversation the bot keeps the reference of, outside any turn of it (a proactive message). The bot
/// implements it with its adapter; the reference is the channel's JSON, so that no Bot Framework type enters the domain.
/// </summary>
public interface IReminderChannel
{
    /// <exception cref="Exception">Any failure: the message may not have been delivered.</exception>
    Task SendAsync(string conversationReference, string text, CancellationToken ct);
}
