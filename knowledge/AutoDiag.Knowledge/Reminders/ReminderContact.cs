namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// How to reach a participant again, and where their reminders stand: one row per participant, written on their
/// messages in the personal chat (<see cref="ReminderContacts"/>).
/// </summary>
public class ReminderContact
{
    public int ParticipantId { get; set; }

    /// <summary>
    /// The channel's conversation reference of the participant's personal chat with the bot, as the channel's JSON
    /// (no Bot Framework type in the domain); null while they have not written there.
    /// </summary>
    public string? ConversationReference { get; set; }

    /// <summary>Their last message in the personal chat (UTC).</summary>
    public DateTime LastMessageAt { get; set; }

    /// <summary>Reminders sent since their last message: back to 0 when they write.</summary>
    public int RemindersSent { get; set; }

    /// <summary>The last reminder sent (UTC), automatic or asked by a consultant.</summary>
    public DateTime? LastReminderAt { get; set; }

    /// <summary>
    /// The last reminder the channel refused (the user blocked the bot, the app was removed, a connector error): not
    /// counted, tried again <see cref="ReminderPlanner.RetryAfterFailure"/> later rather than at every check.
    /// </summary>
    public DateTime? LastFailedSendAt { get; set; }

    /// <summary>« stop rappels »: no reminder at all, not even a consultant's, until « reprendre les rappels ».</summary>
    public bool RemindersStopped { get; set; }
}
