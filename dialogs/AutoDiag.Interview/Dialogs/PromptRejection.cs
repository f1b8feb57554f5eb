using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Dialogs;

/// <summary>Bad input gets a short explanation and then the question again, in its shorter form when it has one.</summary>
internal static class PromptRejection
{
    public static Task<bool> RejectAsync(ITurnContext context, PromptOptions options, string explanation, CancellationToken ct) =>
        RejectAsync(context, options, MessageFactory.Text(explanation), ct);

    /// <param name="explanation">A card too: an offer the élu may take or leave, the question staying open.</param>
    public static async Task<bool> RejectAsync(ITurnContext context, PromptOptions options, IActivity explanation, CancellationToken ct)
    {
        await context.SendActivityAsync(explanation, ct);
        if ((options.Reminder ?? options.Prompt) is { } question)
        {
            await context.SendActivityAsync(question, ct);
        }
        return false;
    }
}
