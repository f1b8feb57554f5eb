using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>Bad input gets a short explanation and then the question again.</summary>
internal static class PromptRejection
{
    public static async Task<bool> RejectAsync(ITurnContext context, PromptOptions options, string explanation, CancellationToken ct)
    {
        await context.SendActivityAsync(explanation, cancellationToken: ct);
        if (options.Prompt is not null)
        {
            await context.SendActivityAsync(options.Prompt, ct);
        }
        return false;
    }
}
