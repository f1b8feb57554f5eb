using Newtonsoft.Json.Serialization;

namespace AutoDiag.Bot.Storage;

/// <summary>
/// State documents carry their .NET types (dialog stacks hold prompts' activities and options);
/// only our own, the SDK's and the framework's types may be revived from them.
/// </summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes =
    [
        "AutoDiag.", "Microsoft.Bot.", "Newtonsoft.Json", "System.Private.CoreLib", "System.Collections", "mscorlib",
    ];

    private readonly DefaultSerializationBinder inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        // Ordinal: the culture-aware StartsWith went through ICU for every typed object of every state read.
        if (assemblyName is null || !AllowedAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Type '{typeName}' from '{assemblyName}' is not allowed in bot state.");
        }
        return inner.BindToType(assemblyName, typeName);
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        inner.BindToName(serializedType, out assemblyName, out typeName);
}
