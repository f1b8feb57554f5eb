using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs;

/// <summary>
/// A dialog made of inner dialogs, run on its own stack kept in its instance state. It ends, with the inner
/// result, when its inner stack completes. Override <see cref="OnContinueDialogAsync"/> to handle
/// interruptions (help, cancel...) before the inner dialogs see the message.
/// </summary>
public class ComponentDialog(string dialogId) : Dialog(dialogId)
{
    private const string InnerStateKey = "dialogs";

    private readonly DialogSet _dialogs = new();

    /// <summary>The inner dialog begun with the component; the first one added unless set.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerState = new DialogState();
        dc.RequiredActiveDialog.State[InnerStateKey] = innerState;
        var turnResult = await OnBeginDialogAsync(new DialogContext(_dialogs, dc, innerState), options, cancellationToken).ConfigureAwait(false);
        return await EndIfInnerStackDoneAsync(dc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerState = StateValues.Get<DialogState>(dc.RequiredActiveDialog.State, InnerStateKey);
        var turnResult = await OnContinueDialogAsync(new DialogContext(_dialogs, dc, innerState), cancellationToken).ConfigureAwait(false);
        return await EndIfInnerStackDoneAsync(dc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Called when a dialog that a subclass pushed on the outer stack, above the component, ended: the inner
    /// dialogs are still waiting, so they ask again instead of the component ending early.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.RequiredActiveDialog, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        await CreateInnerContext(turnContext, instance).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        // Cancelling the component cancels its inner dialogs, so that they can clean up too.
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerContext(turnContext, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initialDialogId = InitialDialogId
            ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no inner dialog: call AddDialog before beginning it.");
        return innerDc.BeginDialogAsync(initialDialogId, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Ends the component on the outer stack, returning <paramref name="result"/> to its parent.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> EndIfInnerStackDoneAsync(DialogContext outerDc, DialogTurnResult innerResult, CancellationToken cancellationToken)
        => innerResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, innerResult.Result, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Whether <paramref name="instance"/>, or a component running inside it, has no inner dialog left: a reprompt that
    /// found nothing more to ask ended its inner dialogs, and only a continue or an end could end the component itself.
    /// Such a component would take the next message and do nothing with it.
    /// </summary>
    public bool WaitsOnNothing(ITurnContext turnContext, DialogInstance instance)
    {
        var inner = CreateInnerContext(turnContext, instance);
        return inner.ActiveDialog is not { } active
            || (inner.FindDialog(active.Id) is ComponentDialog component && component.WaitsOnNothing(turnContext, active));
    }

    /// <summary>The inner stack of <paramref name="instance"/>, for a subclass that must look at or restart its inner dialogs
    /// where no outer context is given (reprompt, end): that context has no parent to search dialogs in.</summary>
    protected DialogContext CreateInnerContext(ITurnContext turnContext, DialogInstance instance)
        => new(_dialogs, turnContext, StateValues.Get<DialogState>(instance.State, InnerStateKey));
}
