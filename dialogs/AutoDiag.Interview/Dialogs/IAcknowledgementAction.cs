using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// A button on an answer's or a risk level's acknowledgement (« Retirer », « Changer le niveau »). Like a theme
/// correction it needs no open question, so <see cref="MainDialog"/> runs it whatever the conversation is doing, then
/// asks its question again.
/// </summary>
public interface IAcknowledgementAction
{
    bool Handles(ITurnContext context);

    Task RunAsync(ITurnContext context, CancellationToken ct);
}
