using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// Offers to add a description that came where no description was asked — once the état des lieux is complete, or at
/// a risk question — rather than dropping it; or a clause of an answer as the kind not asked. The offer carries it
/// masked: residents' data does not travel back to the channel, and nothing is stored until a button is tapped
/// (<see cref="AddendumAction"/>).
/// </summary>
public sealed class AdditionOffer(PersonalDataMasker masker)
{
    /// <param name="ask">The offer's question: it says why the message was not taken as it came.</param>
    /// <param name="likeliest">Among several communes, the one checked at first.</param>
    /// <param name="forParticipantId">The élu it is for when someone else types it (a relay); null for the typist's own.</param>
    public async Task SendAsync(
        ITurnContext context, string ask, IReadOnlyList<CommuneRef> communes, CommuneRef? likeliest, int? forParticipantId, CancellationToken ct)
    {
        var masked = masker.Mask(context.Activity.Text);
        // Before the offer, which ends the turn with its question.
        if (PrivacyTexts.Masked(masked, PrivacyTexts.Offered) is { } notice)
        {
            await context.SendActivityAsync(notice, cancellationToken: ct);
        }
        var card = AddendumCard.Create(ask, communes, masked.Text, TextAnswerRecorder.SourceOf(context.Activity), likeliest, forParticipantId);
        await context.SendActivityAsync(MessageFactory.Attachment(card), ct);
    }

    /// <summary>
    /// Offers a clause of the answer just stored as the other kind (« heureusement le club passe les voir » said of a
    /// difficulty). The answer itself was stored under the message's source: the clause has one of its own, so that its
    /// tap stores it once, beside the answer.
    /// </summary>
    /// <param name="clause">From the stored, masked answer; masked again all the same, as everything this offer carries.</param>
    /// <param name="kind">The kind offered: the one the question did not ask.</param>
    /// <param name="forParticipantId">The élu it is for when someone else types it (a relay); null for the typist's own.</param>
    public async Task SendClauseAsync(ITurnContext context, string clause, AnswerKind kind, CommuneRef commune, int? forParticipantId, CancellationToken ct)
    {
        var masked = masker.Mask(clause).Text;
        var source = $"{TextAnswerRecorder.SourceOf(context.Activity)}|{kind}";
        var card = AddendumCard.CreateOneKind(AddendumTexts.AlsoSays(kind, CardText.Plain(masked)), kind, commune, masked, source, forParticipantId);
        await context.SendActivityAsync(MessageFactory.Attachment(card), ct);
    }
}
