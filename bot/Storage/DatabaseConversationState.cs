using Microsoft.Bot.Builder;

namespace AutoDiag.Bot.Storage;

/// <summary>
/// The SDK's <see cref="ConversationState"/>, with the same properties and the same optimistic concurrency, but one
/// serialization of the state per turn instead of four: <see cref="BotState"/> serializes the whole state to hash it when
/// it loads it, again to see whether it changed, a third time to write it and a fourth to hash it afterwards — the dialog
/// stack with the question's card, at every message. Here the state's text is made once at the end of the turn, compared
/// with the text read, and written only if it differs (a text that does not read back the same — a date string Json.NET
/// parses, an older document with its eTag inside — is written once more, never missed).
/// </summary>
public sealed class DatabaseConversationState(IStorage storage, IConversationStateStorage states) : ConversationState(storage)
{
    /// <summary>Where <see cref="BotState"/> looks for the turn's state (<see cref="BotState.GetCachedState"/>): its service key.</summary>
    private const string CachedStateKey = nameof(ConversationState);

    /// <summary>What was read, beside it in the turn (and dropped with it when a turn runs again).</summary>
    private const string ReadStateKey = nameof(DatabaseConversationState) + ".Read";

    /// <summary>The text of no properties at all: what a conversation without stored state compares to.</summary>
    private static readonly string NothingStored = EntityFrameworkStorage.Serialize(new Dictionary<string, object>());

    public override async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCachedState(turnContext) is not null)
        {
            return;
        }

        var stored = await states.ReadStateAsync(GetStorageKey(turnContext), cancellationToken);
        // Its constructor hashes the state it is given (BotState's change check, not used here): none; the properties after.
        turnContext.TurnState[CachedStateKey] = new CachedBotState { State = stored?.Properties ?? new Dictionary<string, object>() };
        turnContext.TurnState[ReadStateKey] = new ReadState(stored?.Json ?? NothingStored, stored?.ETag);
    }

    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (GetCachedState(turnContext) is not { } cached || turnContext.TurnState.Get<ReadState>(ReadStateKey) is not { } read)
        {
            return;
        }

        var json = EntityFrameworkStorage.Serialize(cached.State);
        if (!force && json == read.Json)
        {
            return;
        }
        read.ETag = await states.WriteStateAsync(GetStorageKey(turnContext), json, read.ETag, cancellationToken);
        read.Json = json;
    }

    /// <summary>Gone from the store and from the turn, with what was read: the next property set creates it anew.</summary>
    public override async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.DeleteAsync(turnContext, cancellationToken);
        turnContext.TurnState.Remove(ReadStateKey);
    }

    /// <summary>No properties left; the next save writes that over what was read.</summary>
    public override async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await LoadAsync(turnContext, force: false, cancellationToken);
        GetCachedState(turnContext).State = new Dictionary<string, object>();
    }

    private sealed class ReadState(string json, string? eTag)
    {
        public string Json { get; set; } = json;

        public string? ETag { get; set; } = eTag;
    }
}
