using System.Diagnostics.CodeAnalysis;
using AutoDiag.Dialogs;
using AutoDiag.Interview.Participants;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// A command or card click of the consultants and administrators of the intercommunalité, answered in one reply:
/// anyone else is told, in the dialog's own words, nothing runs, and the refusal is logged. The domain services check
/// the same rights again.
/// </summary>
public abstract class ConsultantDialog(string dialogId, CurrentParticipant currentParticipant, AccessPolicy access, string notAllowed)
    : Dialog(dialogId)
{
    public sealed override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var viewer = await currentParticipant.GetAsync(dc.Context, cancellationToken);
        IActivity reply;
        if (IsReviewer(viewer))
        {
            reply = await ReplyAsync(dc.Context, viewer, options, cancellationToken);
        }
        else
        {
            access.LogRefusal(viewer, ProtectedAction.Review, Id);
            reply = MessageFactory.Text(notAllowed);
        }
        await dc.Context.SendActivityAsync(reply, cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }

    /// <summary>A consultant or an administrator: whom these dialogs answer.</summary>
    protected static bool IsReviewer([NotNullWhen(true)] ParticipantProfile? viewer) =>
        viewer is { Role: ParticipantRole.Consultant or ParticipantRole.Administrator };

    /// <param name="context">The turn, for what the reply alone cannot do (replacing the card clicked).</param>
    /// <param name="options">The card's submit, or what the command set.</param>
    protected abstract Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken);
}
