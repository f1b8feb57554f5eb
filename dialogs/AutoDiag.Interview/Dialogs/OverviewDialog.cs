using AutoDiag.Dialogs;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>« vue d'ensemble »: the communes × themes matrix of the consultant's intercommunalité, in one card.</summary>
public sealed class OverviewDialog(CurrentParticipant currentParticipant, ThemeMatrixService matrices, ThemeReviewService reviews) : Dialog(nameof(OverviewDialog))
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var viewer = await currentParticipant.GetAsync(dc.Context, cancellationToken);
        if (viewer is not { Role: ParticipantRole.Consultant or ParticipantRole.Administrator })
        {
            await dc.Context.SendActivityAsync(OverviewTexts.NotAllowed, cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var matrix = await matrices.GetMatrixAsync(viewer, viewer.IntercommunalityId, cancellationToken);
        var marks = await reviews.ListMarksAsync(viewer, viewer.IntercommunalityId, cancellationToken);
        await dc.Context.SendActivityAsync(MessageFactory.Attachment(OverviewCard.Create(matrix, marks)), cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
