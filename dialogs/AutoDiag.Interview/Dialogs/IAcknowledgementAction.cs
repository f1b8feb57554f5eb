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

    /// <returns>
    /// The participant whose interview the stored answers may now lead elsewhere (a withdrawal, a theme added by whoever
    /// answered or typed), or null: a risk level changed or a consultant's correction moves no interview.
    /// </returns>
    Task<int?> RunAsync(ITurnContext context, CancellationToken ct);
}
