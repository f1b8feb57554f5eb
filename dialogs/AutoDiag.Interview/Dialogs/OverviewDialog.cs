using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Dialogs;

/// <summary>« vue d'ensemble »: the communes × themes matrix of the consultant's intercommunalité, in one card.</summary>
public sealed class OverviewDialog(CurrentParticipant currentParticipant, AccessPolicy access, ThemeMatrixService matrices, ThemeReviewService reviews)
    : ConsultantDialog(nameof(OverviewDialog), currentParticipant, access, OverviewTexts.NotAllowed)
{
    protected override async Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken)
    {
        var matrix = await matrices.GetMatrixAsync(viewer, viewer.IntercommunalityId, cancellationToken);
        var marks = await reviews.ListMarksAsync(viewer, viewer.IntercommunalityId, cancellationToken);
        return MessageFactory.Attachment(OverviewCard.Create(matrix, marks));
    }
}
