using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs;

/// <summary>A dialog stack bound to the current turn: begins, continues, ends and cancels dialogs.</summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        Stack = state.DialogStack;
    }

    /// <summary>Creates the context of a child stack (e.g. inside a <see cref="ComponentDialog"/>).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    public ITurnContext Context { get; }

    public DialogSet Dialogs { get; }

    /// <summary>The dialog stack; the active dialog is at index 0.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context whose dialogs are searched when <see cref="Dialogs"/> has no dialog with a given id.</summary>
    public DialogContext? Parent { get; set; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The active instance, for dialogs that can only run on top of the stack.</summary>
    internal DialogInstance RequiredActiveDialog => ActiveDialog
        ?? throw new InvalidOperationException("The dialog stack is empty: begin dialogs through DialogContext.BeginDialogAsync.");

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new ArgumentException($"Cannot begin dialog '{dialogId}': no dialog with this id was added to the DialogSet, the ComponentDialog or their parents.", nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the turn to the active dialog; returns <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await GetDialog(instance, "continue").ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await GetDialog(parent, "resume").ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog of this stack (not of the parent stacks).</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the parent (e.g. to loop).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Begins <paramref name="dialogId"/> afresh. When an instance of it is already on the stack, that instance and every
    /// dialog above it end (cancelled: none is resumed) and the new one takes its place; else it begins on top. Opening
    /// the same dialogs in turn then never grows the stack.
    /// </summary>
    /// <param name="keepRunning">
    /// Dialogs that must not be ended this way (work in progress the user would lose without a word): when one of them
    /// stands between the top and the instance found, the new dialog begins on top instead.
    /// </param>
    public async Task<DialogTurnResult> RestartDialogAsync(
        string dialogId, object? options = null, Func<DialogInstance, bool>? keepRunning = null, CancellationToken cancellationToken = default)
    {
        var depth = Stack.FindIndex(instance => instance.Id == dialogId);
        if (depth < 0 || (keepRunning is not null && Stack.Take(depth).Any(keepRunning)))
        {
            return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
        }

        for (var above = 0; above < depth; above++)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return await ReplaceDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await GetDialog(instance, "reprompt").RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Finds a dialog in this context's set, then in the parents'.</summary>
    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        // An unknown id is still popped, so that cancelling can always clear a stale stack.
        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }

    // A stack persisted by an earlier version of the bot may name a dialog that no longer exists.
    private Dialog GetDialog(DialogInstance instance, string action) => FindDialog(instance.Id)
        ?? throw new InvalidOperationException($"Cannot {action} dialog '{instance.Id}' found on the stack: no dialog with this id was added to the DialogSet, the ComponentDialog or their parents.");
}
