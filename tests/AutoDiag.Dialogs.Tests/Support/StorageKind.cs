namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>How the conversation state is serialized between turns.</summary>
public enum StorageKind
{
    /// <summary>The SDK's MemoryStorage as is (TypeNameHandling.All).</summary>
    SdkDefault,

    /// <summary>Like the bot's storage: type names kept, bound through an allow-list.</summary>
    BotLike,

    /// <summary>No type names: every object comes back as a JObject, the harshest round trip.</summary>
    Untyped,
}
