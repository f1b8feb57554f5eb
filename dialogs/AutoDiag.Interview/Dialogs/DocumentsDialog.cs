using AutoDiag.Dialogs;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Documents;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « fiche synthèse » and « exporter »: a card of download links. Nothing is generated here: each link
/// builds its document when opened, so it is always up to date and checked against the viewer's rights then.
/// </summary>
public sealed class DocumentsDialog(CurrentParticipant currentParticipant, IDocumentLinks links) : Dialog(nameof(DocumentsDialog))
{
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var viewer = await currentParticipant.GetAsync(dc.Context, cancellationToken);
        if (viewer is not { Role: ParticipantRole.Consultant or ParticipantRole.Administrator })
        {
            await dc.Context.SendActivityAsync(DocumentsTexts.NotAllowed, cancellationToken: cancellationToken);
            return await dc.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var (intro, documents) = options is DocumentsRequest.Exports
            ? (DocumentsTexts.ExportsReady(viewer.IntercommunalityName),
                new[] { (DocumentsTexts.AnswersXlsx, DocumentKind.AnswersXlsx), (DocumentsTexts.AnswersCsv, DocumentKind.AnswersCsv) })
            : (DocumentsTexts.FicheReady(viewer.IntercommunalityName),
                [
                    (DocumentsTexts.FicheHtml, DocumentKind.FicheHtml),
                    (DocumentsTexts.FicheMarkdown, DocumentKind.FicheMarkdown),
                    (DocumentsTexts.Heatmap, DocumentKind.Heatmap),
                    (DocumentsTexts.AnswersXlsx, DocumentKind.AnswersXlsx),
                ]);

        var card = AdaptiveCard.Create(
            [AdaptiveCard.Text(intro), AdaptiveCard.Text(DocumentsTexts.LinksValidity(links.Lifetime), subtle: true)],
            documents.Select(d => AdaptiveCard.OpenUrl(d.Item1, links.LinkTo(d.Item2, viewer, viewer.IntercommunalityId))));
        await dc.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return await dc.EndDialogAsync(cancellationToken: cancellationToken);
    }
}
