using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Reminders;

/// <summary>
/// Decides, without any input or output, whether a participant gets a reminder at a given instant: someone with an
/// interview (élu, secrétaire de mairie) who wrote to the bot in a personal chat, whose interview is unfinished,
/// silent for <see cref="ReminderOptions.Delay"/> since their last message and since the last reminder, reminded
/// fewer than <see cref="ReminderOptions.MaxCount"/> times since they last wrote, who did not say « stop rappels »;
/// and only on a working day (not a weekend, not a French public holiday) between 8:00 and 19:00 Paris time.
/// A reminder that falls due outside those hours goes at the next check inside them (Monday 8:00 for a Saturday).
/// </summary>
public sealed class ReminderPlanner(ReminderOptions options)
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static readonly TimeOnly SendFrom = new(8, 0);

    /// <summary>Excluded: a reminder at 19:00 sharp waits for the next working day.</summary>
    public static readonly TimeOnly SendUntil = new(19, 0);

    /// <summary>A reminder the channel refused is tried again this much later, not at every check.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromDays(1);

    /// <summary>Those who have an interview to finish.</summary>
    public static bool HasInterview(ParticipantRole role) => role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie;

    /// <summary>
    /// When the participant's silence reaches the delay (UTC), or a day after a refused send; the reminder goes at the
    /// first sending time from then.
    /// </summary>
    public DateTime DueAt(ReminderContactState state)
    {
        var due = (state.LastReminderAt is { } reminded && reminded > state.LastMessageAt ? reminded : state.LastMessageAt) + options.Delay;
        return state.LastFailedSendAt is { } failed && failed + RetryAfterFailure > due ? failed + RetryAfterFailure : due;
    }

    public ReminderDecision Decide(ReminderContactState state, ParticipantRole role, bool interviewFinished, DateTimeOffset now)
    {
        if (!HasInterview(role))
        {
            return ReminderDecision.NoInterview;
        }
        if (!state.HasConversation)
        {
            return ReminderDecision.NoConversation;
        }
        if (state.RemindersStopped)
        {
            return ReminderDecision.Stopped;
        }
        if (interviewFinished)
        {
            return ReminderDecision.InterviewFinished;
        }
        if (state.RemindersSent >= options.MaxCount)
        {
            return ReminderDecision.MaxReached;
        }
        if (now.UtcDateTime < DueAt(state))
        {
            return ReminderDecision.TooSoon;
        }
        return IsSendingTime(now) ? ReminderDecision.Due : ReminderDecision.OutsideSendingHours;
    }

    /// <summary>A working day in France, between 8:00 (included) and 19:00 (excluded) in Paris.</summary>
    public static bool IsSendingTime(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Paris).DateTime;
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= SendFrom && time < SendUntil;
    }

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !FrenchPublicHolidays.IsHoliday(day);
}
