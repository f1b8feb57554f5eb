using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to judge an answer.</summary>
public class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    /// <summary>Also called when recognition failed (<c>Succeeded</c> false), so that the validator can explain.</summary>
    public PromptRecognizerResult<T> Recognized { get; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>Number of answers received by the prompt, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; } = attemptCount;
}
