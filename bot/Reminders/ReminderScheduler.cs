using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Reminders;

namespace AutoDiag.Bot.Reminders;

/// <summary>
/// Every <c>Reminders:CheckEvery</c> (and once at start-up), sends the reminders that are due
/// (<see cref="ReminderPlanner"/>). Every instance runs it: each reminder is claimed in the database before it is
/// sent, so two instances never send the same one. Off with <c>Reminders:Enabled=false</c>.
/// </summary>
public sealed class ReminderScheduler(ReminderService reminders, ReminderOptions options, TimeProvider clock, ILogger<ReminderScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Automatic reminders are off on this instance (Reminders:Enabled=false).");
            return;
        }

        using var timer = new PeriodicTimer(options.CheckEvery, clock);
        do
        {
            await CheckAsync(stoppingToken);
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One check: sends what is due now. Errors are logged; the next check tries again.</summary>
    internal async Task<int> CheckAsync(CancellationToken ct)
    {
        try
        {
            return await reminders.SendDueAsync(ReminderTexts.Reminder, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogError(e, "The reminders check failed; next one in {CheckEvery}.", options.CheckEvery);
            return 0;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
