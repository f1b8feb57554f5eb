using AutoDiag.Knowledge.StateStore;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace AutoDiag.Bot.Storage;

/// <summary>
/// The SDK's <see cref="IStorage"/> over the application database, so that conversation and user
/// state survive restarts and are shared by several instances. Optimistic concurrency on both providers:
/// a document read with an eTag can only be written back if nobody changed it in between, and a document
/// written without an eTag (BotState's new state, read as missing) is only created if nobody created it
/// in between — stricter than the SDK's MemoryStorage, where no eTag overwrites; « * » still does.
/// Either way the write throws <see cref="StateConflictException"/> and the turn runs again on the state
/// saved meanwhile (<c>StateConflictRetryMiddleware</c>). The conversation state reads and writes its text through
/// <see cref="IConversationStateStorage"/> (<see cref="DatabaseConversationState"/>); <see cref="IStorage"/> deletes it.
/// </summary>
public sealed class EntityFrameworkStorage(StateDocumentStore store) : IStorage, IConversationStateStorage
{
    /// <summary>Where BotState keeps the eTag of a state dictionary.</summary>
    private const string ETagKey = "eTag";

    private static readonly JsonSerializerSettings SerializerSettings = new()
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new StateTypeBinder(),
        NullValueHandling = NullValueHandling.Ignore,
        MaxDepth = null,
    };

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var documents = await store.ReadAsync(keys, cancellationToken);
        var items = new Dictionary<string, object>();
        foreach (var (key, document) in documents)
        {
            var item = JsonConvert.DeserializeObject(document.Json, SerializerSettings);
            if (item is not null)
            {
                SetETag(item, document.ETag);
                items[key] = item;
            }
        }
        return items;
    }

    /// <summary>
    /// One conversation's state as stored: its properties (the eTag apart, so that the same properties always make the
    /// same text) and the stored text; null when nothing is stored.
    /// </summary>
    public async Task<StoredState?> ReadStateAsync(string key, CancellationToken cancellationToken)
    {
        var documents = await store.ReadAsync([key], cancellationToken);
        if (!documents.TryGetValue(key, out var document)
            || JsonConvert.DeserializeObject(document.Json, SerializerSettings) is not IDictionary<string, object> properties)
        {
            return null;
        }
        // A document written through IStorage carries the eTag it was read with; without it, its next save differs.
        properties.Remove(ETagKey);
        return new StoredState(properties, document.Json, document.ETag);
    }

    public Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken) =>
        store.WriteAsync(key, json, expectedETag, cancellationToken);

    /// <summary>The stored text of a state's properties, with their types.</summary>
    public static string Serialize(IDictionary<string, object> properties) => JsonConvert.SerializeObject(properties, SerializerSettings);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var json = JsonConvert.SerializeObject(value, SerializerSettings);
            var newETag = await store.WriteAsync(key, json, GetETag(value), cancellationToken);
            SetETag(value, newETag);
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return store.DeleteAsync(keys, cancellationToken);
    }

    private static string? GetETag(object value) => value switch
    {
        IStoreItem item => item.ETag,
        IDictionary<string, object> state when state.TryGetValue(ETagKey, out var eTag) => eTag as string,
        _ => null,
    };

    private static void SetETag(object value, string eTag)
    {
        switch (value)
        {
            case IStoreItem item:
                item.ETag = eTag;
                break;
            case IDictionary<string, object> state:
                state[ETagKey] = eTag;
                break;
        }
    }
}
