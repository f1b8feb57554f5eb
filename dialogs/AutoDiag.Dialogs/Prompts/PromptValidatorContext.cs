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

    /// <summary>Whether a rejected answer gets the question as first asked rather than <see cref="PromptOptions.RetryPrompt"/>.</summary>
    public bool AsksAsFirst { get; private set; }

    /// <summary>
    /// The answer is rejected without being wrong (a greeting, say): the question as first asked follows, not the retry
    /// prompt that says it was not understood.
    /// </summary>
    public void AskAsFirst() => AsksAsFirst = true;
}
