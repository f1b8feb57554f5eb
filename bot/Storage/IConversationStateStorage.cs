namespace AutoDiag.Bot.Storage;

/// <summary>Where <see cref="DatabaseConversationState"/> reads and writes a conversation's state as text.</summary>
public interface IConversationStateStorage
{
    /// <summary>The state's properties (the eTag apart) and their stored text; null when nothing is stored.</summary>
    Task<StoredState?> ReadStateAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes the state's text, made by <see cref="EntityFrameworkStorage.Serialize"/>; returns the new eTag.</summary>
    /// <exception cref="Knowledge.StateStore.StateConflictException">
    /// Someone wrote it since it was read with <paramref name="expectedETag"/> (null: read as missing).
    /// </exception>
    Task<string> WriteStateAsync(string key, string json, string? expectedETag, CancellationToken cancellationToken);
}
