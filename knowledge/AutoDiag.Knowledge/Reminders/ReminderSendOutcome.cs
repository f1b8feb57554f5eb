namespace AutoDiag.Knowledge.Reminders;

public enum ReminderSendOutcome
{
    Sent = 1,
    /// <summary>Another instance (or turn) took this reminder first, or the participant wrote or stopped meanwhile.</summary>
    AlreadyHandled,
    /// <summary>The channel refused it: not counted, tried again a day later (<see cref="ReminderPlanner.RetryAfterFailure"/>).</summary>
    Failed,
}
