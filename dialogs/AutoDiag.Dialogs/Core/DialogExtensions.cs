using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root of the conversation: continues the active dialog, or begins
    /// <paramref name="dialog"/> when the stack is empty. The caller saves the state (e.g. ConversationState.SaveChangesAsync).
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogContext = await new DialogSet(accessor).Add(dialog).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dialogContext.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dialogContext.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
