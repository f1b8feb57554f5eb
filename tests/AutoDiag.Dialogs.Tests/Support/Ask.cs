using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>Short builders for prompts and root dialogs.</summary>
internal static class Ask
{
    public static PromptOptions Text(string prompt, string? retryPrompt = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retryPrompt is null ? null : MessageFactory.Text(retryPrompt),
    };

    /// <summary>
    /// A root dialog that asks through <paramref name="prompt"/>, replies <paramref name="describe"/>(answer) and ends
    /// with the answer.
    /// </summary>
    public static ComponentDialog ThenEcho<T>(Dialog prompt, PromptOptions options, Func<T, string> describe)
        => new ComponentDialog("root")
            .AddDialog(new WaterfallDialog("ask",
            [
                (step, ct) => step.PromptAsync(prompt.Id, options, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync(describe((T)step.Result!), cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]))
            .AddDialog(prompt);
}
