namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// A participant's reminder row as read at one moment: what the planner decides on, and what a claim checks is
/// still true when it takes the reminder (<see cref="ReminderContacts.TryClaimAsync"/>). Times are UTC.
/// </summary>
public sealed record ReminderContactState(
    int ParticipantId,
    bool HasConversation,
    DateTime LastMessageAt,
    int RemindersSent,
    DateTime? LastReminderAt,
    bool RemindersStopped,
    DateTime? LastFailedSendAt = null);
