using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Reminders;

namespace AutoDiag.Knowledge.Tests.Reminders;

/// <summary>Who gets a reminder when: the delay, the count, « stop rappels », the finished interview, and the sending hours in Paris.</summary>
public sealed class ReminderPlannerTests
{
    private static readonly ReminderPlanner Planner = new(new ReminderOptions());

    /// <summary>Paris time (winter: UTC+1, summer: UTC+2).</summary>
    private static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, ReminderPlanner.Paris.GetUtcOffset(local));
    }

    private static ReminderContactState Silent(DateTimeOffset lastMessage, int sent = 0, DateTimeOffset? lastReminder = null, bool stopped = false, bool reachable = true) =>
        new(1, reachable, lastMessage.UtcDateTime, sent, lastReminder?.UtcDateTime, stopped);

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_is_computed_for_any_year(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void The_eleven_public_holidays_of_2026()
    {
        Assert.Equal(
            [
                new(2026, 1, 1), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 8), new(2026, 5, 14), new(2026, 5, 25),
                new(2026, 7, 14), new(2026, 8, 15), new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25),
            ],
            FrenchPublicHolidays.Of(2026).Order().ToArray());
    }

    [Theory]
    [InlineData(1, 10, 0, true)]    // Tuesday 1 December 2026, 10:00
    [InlineData(1, 8, 0, true)]
    [InlineData(1, 7, 59, false)]
    [InlineData(1, 18, 59, true)]
    [InlineData(1, 19, 0, false)]
    [InlineData(1, 20, 0, false)]
    [InlineData(5, 10, 0, false)]   // Saturday
    [InlineData(6, 10, 0, false)]   // Sunday
    [InlineData(7, 8, 0, true)]     // Monday
    [InlineData(25, 10, 0, false)]  // Christmas, a Friday
    public void Reminders_go_on_working_days_between_8_and_19_Paris_time(int december, int hour, int minute, bool expected) =>
        Assert.Equal(expected, ReminderPlanner.IsSendingTime(Paris(2026, 12, december, hour, minute)));

    [Fact]
    public void The_sending_hours_follow_Paris_summer_time()
    {
        // Tuesday 7 July 2026: 8:00 in Paris is 6:00 UTC.
        Assert.True(ReminderPlanner.IsSendingTime(new DateTimeOffset(2026, 7, 7, 6, 0, 0, TimeSpan.Zero)));
        Assert.False(ReminderPlanner.IsSendingTime(new DateTimeOffset(2026, 7, 7, 5, 59, 0, TimeSpan.Zero)));
        Assert.False(ReminderPlanner.IsSendingTime(new DateTimeOffset(2026, 7, 7, 17, 0, 0, TimeSpan.Zero)));
        // Wednesday 11 November 2026 (Armistice): none at all.
        Assert.False(ReminderPlanner.IsSendingTime(Paris(2026, 11, 11, 10)));
    }

    [Fact]
    public void A_reminder_is_due_three_days_after_the_last_message_on_a_weekday_at_10()
    {
        var state = Silent(Paris(2026, 11, 28, 10)); // Saturday 10:00

        Assert.Equal(ReminderDecision.TooSoon, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 1, 9, 59)));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 1, 10)));
        Assert.Equal(Paris(2026, 12, 1, 10).UtcDateTime, Planner.DueAt(state));
    }

    [Fact]
    public void A_reminder_due_on_a_saturday_or_in_the_evening_waits()
    {
        var dueSaturday = Silent(Paris(2026, 11, 25, 10)); // Wednesday → due Saturday 10:00
        Assert.Equal(ReminderDecision.OutsideSendingHours, Planner.Decide(dueSaturday, ParticipantRole.Elu, false, Paris(2026, 11, 28, 10)));
        Assert.Equal(ReminderDecision.OutsideSendingHours, Planner.Decide(dueSaturday, ParticipantRole.Elu, false, Paris(2026, 11, 30, 7, 45)));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(dueSaturday, ParticipantRole.Elu, false, Paris(2026, 11, 30, 8)));

        var dueAt20 = Silent(Paris(2026, 11, 27, 20)); // Friday 20:00 → due Monday 20:00
        Assert.Equal(ReminderDecision.OutsideSendingHours, Planner.Decide(dueAt20, ParticipantRole.Elu, false, Paris(2026, 11, 30, 20)));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(dueAt20, ParticipantRole.Elu, false, Paris(2026, 12, 1, 8)));
    }

    [Fact]
    public void The_delay_runs_from_the_last_reminder_too()
    {
        var state = Silent(Paris(2026, 11, 20, 10), sent: 1, lastReminder: Paris(2026, 11, 30, 10));

        Assert.Equal(ReminderDecision.TooSoon, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 3, 9)));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 3, 10)));
    }

    [Fact]
    public void A_refused_send_is_tried_again_a_day_later()
    {
        var state = Silent(Paris(2026, 11, 28, 10)) with { LastFailedSendAt = Paris(2026, 12, 1, 10).UtcDateTime };

        Assert.Equal(ReminderDecision.TooSoon, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 2, 9, 59)));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(state, ParticipantRole.Elu, false, Paris(2026, 12, 2, 10)));
    }

    [Fact]
    public void At_most_MaxCount_reminders_since_the_last_message()
    {
        var now = Paris(2026, 12, 15, 10);
        var lastMessage = Paris(2026, 11, 20, 10);
        var planner = new ReminderPlanner(new ReminderOptions { MaxCount = 2 });

        Assert.Equal(ReminderDecision.Due, planner.Decide(Silent(lastMessage, sent: 1, lastReminder: Paris(2026, 12, 1, 10)), ParticipantRole.Elu, false, now));
        Assert.Equal(ReminderDecision.MaxReached, planner.Decide(Silent(lastMessage, sent: 2, lastReminder: Paris(2026, 12, 4, 10)), ParticipantRole.Elu, false, now));
    }

    [Fact]
    public void Nobody_who_stopped_finished_cannot_be_reached_or_has_no_interview()
    {
        var now = Paris(2026, 12, 15, 10);
        var lastMessage = Paris(2026, 11, 20, 10);

        Assert.Equal(ReminderDecision.Stopped, Planner.Decide(Silent(lastMessage, stopped: true), ParticipantRole.Elu, false, now));
        Assert.Equal(ReminderDecision.InterviewFinished, Planner.Decide(Silent(lastMessage), ParticipantRole.Elu, true, now));
        Assert.Equal(ReminderDecision.NoConversation, Planner.Decide(Silent(lastMessage, reachable: false), ParticipantRole.Elu, false, now));
        Assert.Equal(ReminderDecision.NoInterview, Planner.Decide(Silent(lastMessage), ParticipantRole.Consultant, false, now));
        Assert.Equal(ReminderDecision.NoInterview, Planner.Decide(Silent(lastMessage), ParticipantRole.Administrator, false, now));
        Assert.Equal(ReminderDecision.Due, Planner.Decide(Silent(lastMessage), ParticipantRole.SecretaireDeMairie, false, now));
    }

    [Fact]
    public void Settings_that_cannot_work_are_refused_at_start_up()
    {
        Assert.Throws<InvalidOperationException>(() => new ReminderOptions { Delay = TimeSpan.Zero }.Validate());
        Assert.Throws<InvalidOperationException>(() => new ReminderOptions { CheckEvery = TimeSpan.FromMinutes(-1) }.Validate());
        Assert.Throws<InvalidOperationException>(() => new ReminderOptions { MaxCount = -1 }.Validate());
        var defaults = new ReminderOptions().Validate();
        Assert.Equal((TimeSpan.FromDays(3), 3, TimeSpan.FromMinutes(15), true), (defaults.Delay, defaults.MaxCount, defaults.CheckEvery, defaults.Enabled));
    }
}
