using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// Offers to add a description that came where no description was asked — once the état des lieux is complete, or at
/// a risk question — rather than dropping it. The offer carries it masked: residents' data does not travel back to the
/// channel, and nothing is stored until a button is tapped (<see cref="AddendumAction"/>).
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
}
