using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs;

/// <summary>Base class of every dialog: a step of conversation that can span several turns.</summary>
/// <remarks>
/// Dialog objects are shared by every conversation: keep per-conversation data in
/// <see cref="DialogInstance.State"/>, never in fields.
/// </remarks>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed on the stack; <c>dc.ActiveDialog</c> is its new instance.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each new activity while the dialog is active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog ended and this dialog is active again. By default it ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again what the dialog is waiting for. Does nothing by default.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the instance leaves the stack (ended, replaced or cancelled), to clean up.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
