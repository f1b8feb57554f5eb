using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>Binds only the type names that the bot's storage allows.</summary>
internal sealed class AllowListSerializationBinder : DefaultSerializationBinder
{
    private static readonly string[] AllowedPrefixes = ["AutoDiag.", "System.", "Newtonsoft.", "Microsoft.Bot."];

    public override Type BindToType(string? assemblyName, string typeName)
        => AllowedPrefixes.Any(prefix => typeName.StartsWith(prefix, StringComparison.Ordinal))
            ? base.BindToType(assemblyName, typeName)
            : throw new JsonSerializationException($"Type '{typeName}' is not allowed in the bot's state.");
}
