using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Documents;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « fiche synthèse » and « exporter »: a card of download links. Nothing is generated here: each link
/// builds its document when opened, so it is always up to date and checked against the viewer's rights then.
/// </summary>
public sealed class DocumentsDialog(CurrentParticipant currentParticipant, AccessPolicy access, IDocumentLinks links)
    : ConsultantDialog(nameof(DocumentsDialog), currentParticipant, access, DocumentsTexts.NotAllowed)
{
    protected override async Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken)
    {
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
        return MessageFactory.Attachment(card);
    }
}
