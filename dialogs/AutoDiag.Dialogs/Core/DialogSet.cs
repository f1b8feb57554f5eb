using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs;

/// <summary>The dialogs that a <see cref="DialogContext"/> can begin, by id.</summary>
public class DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = [];

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with the id '{dialog.Id}' was already added to this DialogSet.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    /// <summary>Loads the conversation's dialog stack through the accessor.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property accessor: pass one to create a DialogContext.");
        }

        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);

        // BotState hands out a converted copy when storage returned a JObject: set it back so that the stack
        // changed during the turn is the one saved.
        await dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
