using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits until the answer is recognized and accepted by the validator, then ends with the
/// recognized value. Begin it with <see cref="DialogContext.PromptAsync"/>.
/// </summary>
public abstract class Prompt<T>(string dialogId, PromptValidator<T>? validator = null) : Dialog(dialogId)
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' needs PromptOptions: begin it with DialogContext.PromptAsync.", nameof(options));

        var state = dc.RequiredActiveDialog.State;
        state[OptionsKey] = promptOptions;
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // Typing indicators, reactions and the like are not answers.
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.RequiredActiveDialog.State;
        var options = StateValues.Get<PromptOptions>(state, OptionsKey);
        var attemptCount = StateValues.Get<int>(state, AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        var recognized = await OnRecognizeAsync(dc.Context, options, cancellationToken).ConfigureAwait(false);
        var respondedBefore = dc.Context.Responded;
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attemptCount);
        var isValid = validator is null
            ? recognized.Succeeded
            : await validator(validation, cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A validator that explained the rejection itself would be drowned by the question repeated after it.
        // Responded is turn-wide: if something was sent earlier in the turn, the retry prompt is sent anyway.
        var validatorReplied = !respondedBefore && dc.Context.Responded;
        if (!validatorReplied)
        {
            await OnPromptAsync(dc.Context, options, isRetry: !validation.AsksAsFirst, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>
    /// Called when a dialog pushed above the prompt ended: the prompt still waits for its answer, so it asks again.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.RequiredActiveDialog, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Sends <see cref="PromptOptions.Prompt"/> again (e.g. after a help message).</summary>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, StateValues.Get<PromptOptions>(instance.State, OptionsKey), false, cancellationToken);
    }

    /// <summary>Sends the prompt, or the retry prompt when <paramref name="isRetry"/>.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (PromptActivities.For(options, isRetry) is { } prompt)
        {
            await turnContext.SendActivityAsync(prompt, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the expected value from the message in <paramref name="turnContext"/>.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken);
}
