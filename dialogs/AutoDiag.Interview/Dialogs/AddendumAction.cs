using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Comme difficulté » or « Comme ressource » on the offer of an <see cref="AddendumCard"/>: the message is stored in the
/// commune chosen, as the interview stores an answer, and its acknowledgement takes the offer's place. A difficulty on a
/// theme with no risk level gives the état des lieux a question again, which <see cref="MainDialog"/> then asks.
/// </summary>
public sealed class AddendumAction(
    CurrentParticipant currentParticipant, ParticipantDirectory participants, TextAnswerRecorder recorder, ILogger<AddendumAction> logger)
    : IAcknowledgementAction
{
    public bool Handles(ITurnContext context) => AddendumCard.IsAddendum(context.Activity.Value);

    public async Task<AcknowledgementOutcome> RunAsync(ITurnContext context, CancellationToken ct)
    {
        var typist = await currentParticipant.GetAsync(context, ct);
        if (!AddendumCard.TryRead((JObject)context.Activity.Value, out var kind, out var communeId, out var text, out var source, out var forId))
        {
            // Teams asks for the commune before sending; only a hand-made submit comes without.
            await context.SendActivityAsync(AddendumTexts.CommuneRequired, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }
        var respondent = forId is int subjectId && subjectId != typist?.Id ? await participants.GetAsync(subjectId, ct) : typist;
        if (typist is null || respondent?.Communes.FirstOrDefault(c => c.Id == communeId) is not { } commune
            || AnswerText.TryCreate(text, out _) is AnswerTextProblem.Empty or AnswerTextProblem.NoWords)
        {
            logger.LogWarning("Addition refused in conversation {ConversationId}: an élu, a commune or a text the offer did not hold.", context.Activity.Conversation?.Id);
            await context.SendActivityAsync(MainTexts.CardUnreadable, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }

        try
        {
            // For someone else, the interview checks the typist may type their answers.
            return new AcknowledgementOutcome(respondent.Id, await recorder.RecordOfferedAsync(context, respondent, typist, commune.Id, kind, text, source, ct));
        }
        catch (AccessDeniedException)
        {
            await context.SendActivityAsync(MainTexts.CardUnreadable, cancellationToken: ct);
            return AcknowledgementOutcome.Said;
        }
    }
}
