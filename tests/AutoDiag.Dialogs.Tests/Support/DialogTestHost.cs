using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>
/// A conversation through the SDK's TestAdapter, with the dialog stack in ConversationState saved to
/// MemoryStorage after every turn and read back from it at the next one.
/// </summary>
internal sealed class DialogTestHost
{
    public DialogTestHost(StorageKind storage = StorageKind.BotLike)
    {
        var conversationState = new ConversationState(Storages.Create(storage));
        Accessor = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        Adapter = new TestAdapter(TestAdapter.CreateConversation("dialogs")).Use(new AutoSaveStateMiddleware(conversationState));
    }

    public TestAdapter Adapter { get; }

    public IStatePropertyAccessor<DialogState> Accessor { get; }

    /// <summary>What <see cref="DialogExtensions.RunAsync"/> returned, turn by turn.</summary>
    public List<DialogTurnResult> Results { get; } = [];

    public TestFlow Run(Dialog root)
        => new(Adapter, async (turnContext, cancellationToken) => Results.Add(await root.RunAsync(turnContext, Accessor, cancellationToken)));

    /// <summary>A turn context outside any flow, for tests that drive a <see cref="DialogContext"/> directly.</summary>
    public TurnContext NewTurn(string text = "bonjour")
    {
        var activity = Adapter.MakeActivity(text);
        activity.ApplyConversationReference(Adapter.Conversation, isIncoming: true);
        return new TurnContext(Adapter, activity);
    }
}
