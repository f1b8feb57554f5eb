namespace AutoDiag.Knowledge.Reminders;

/// <summary>Why a participant gets a reminder now, or not.</summary>
public enum ReminderDecision
{
    Due = 1,
    /// <summary>Never wrote in the personal chat: no conversation to write to.</summary>
    NoConversation,
    /// <summary>Consultants and administrators have no interview.</summary>
    NoInterview,
    /// <summary>« stop rappels ».</summary>
    Stopped,
    InterviewFinished,
    /// <summary><see cref="ReminderOptions.MaxCount"/> reminders since their last message.</summary>
    MaxReached,
    /// <summary>Less than <see cref="ReminderOptions.Delay"/> since their last message or the last reminder, or a refused send lately.</summary>
    TooSoon,
    /// <summary>Due, but not now: a weekend, a public holiday, or outside 8:00–19:00 Paris time.</summary>
    OutsideSendingHours,
}
