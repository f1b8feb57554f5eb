using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace AutoDiag.Dialogs.Tests.Support;

internal static class Storages
{
    public static TheoryData<StorageKind> All => [StorageKind.SdkDefault, StorageKind.BotLike, StorageKind.Untyped];

    public static IStorage Create(StorageKind kind) => kind switch
    {
        StorageKind.SdkDefault => new MemoryStorage(),
        StorageKind.BotLike => new MemoryStorage(new JsonSerializer
        {
            TypeNameHandling = TypeNameHandling.All,
            SerializationBinder = new AllowListSerializationBinder(),
            MaxDepth = null,
        }),
        StorageKind.Untyped => new MemoryStorage(new JsonSerializer { TypeNameHandling = TypeNameHandling.None }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
