using AutoDiag.Dialogs;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Reminders;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>What the reminder commands ask of <see cref="ReminderDialog"/>.</summary>
public enum ReminderRequest
{
    /// <summary>« stop rappels ».</summary>
    Stop = 1,
    /// <summary>« reprendre les rappels ».</summary>
    Restart,
    /// <summary>« relancer »: a consultant reminds everyone who has not finished.</summary>
    RemindAll,
}

/// <summary>
/// « stop rappels », « reprendre les rappels » (anyone, at any point: the interview asks its question again after)
/// and the consultant's « relancer ». One message, then it ends.
/// </summary>
public sealed class ReminderDialog(CurrentParticipant currentParticipant, ReminderService reminders, ReminderOptions options) : Dialog(nameof(ReminderDialog))
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var participant = await currentParticipant.GetAsync(dc.Context, cancellationToken);
        var message = options switch
        {
            ReminderRequest.RemindAll => await RemindAllAsync(participant, cancellationToken),
            ReminderRequest.Restart => await SetStoppedAsync(participant, stopped: false, cancellationToken),
            _ => await SetStoppedAsync(participant, stopped: true, cancellationToken),
        };
        await dc.Context.SendActivityAsync(message, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }

    private async Task<string> SetStoppedAsync(ParticipantProfile? participant, bool stopped, CancellationToken ct)
    {
        if (participant is null)
        {
            return ReminderTexts.NotRegistered;
        }
        await reminders.SetStoppedAsync(participant, stopped, ct);
        return stopped ? ReminderTexts.Stopped : ReminderTexts.Restarted(options.Delay);
    }

    private async Task<string> RemindAllAsync(ParticipantProfile? participant, CancellationToken ct)
    {
        if (participant is not { Role: ParticipantRole.Consultant or ParticipantRole.Administrator })
        {
            return ReminderTexts.NotAllowed;
        }
        var report = await reminders.RemindAllAsync(participant, ReminderTexts.Reminder, ct);
        return ReminderTexts.RemindAllReport(report);
    }
}
