using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// A button on an answer's or a risk level's acknowledgement (« Corriger les thèmes », « Retirer », « Changer le
/// niveau »). It needs no open question, so <see cref="MainDialog"/> runs it whatever the conversation is doing, then
/// asks its question again — or, when it gave a finished état des lieux a question again, that question.
/// </summary>
public interface IAcknowledgementAction
{
    bool Handles(ITurnContext context);

    Task<AcknowledgementOutcome> RunAsync(ITurnContext context, CancellationToken ct);
}
