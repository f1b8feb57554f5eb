namespace AutoDiag.Bot.Storage;

/// <summary>A conversation's state as read: its properties, their stored text and the eTag to write them back with.</summary>
public sealed record StoredState(IDictionary<string, object> Properties, string Json, string ETag);
