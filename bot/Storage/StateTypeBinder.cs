using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Serialization;

namespace AutoDiag.Bot.Storage;

/// <summary>
/// State documents carry their .NET types (dialog stacks hold prompts' activities and options);
/// only our own, the SDK's and the framework's types may be revived from them. The framework's generic collections,
/// whose full names spell out every type argument with its assembly (130 characters for a dictionary, seven of them in
/// an interview's state), and the dialog machinery's types are written by a short alias: a state document is read,
/// written and stored at every turn.
/// Documents written with full names are still read.
/// </summary>
internal sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes =
    [
        "AutoDiag.", "Microsoft.Bot.", "Newtonsoft.Json", "System.Private.CoreLib", "System.Collections", "mscorlib",
    ];

    private static readonly Dictionary<string, Type> TypesByAlias = new(StringComparer.Ordinal)
    {
        ["dictionary"] = typeof(Dictionary<string, object>),
        ["dialogs"] = typeof(List<DialogInstance>),
        ["strings"] = typeof(List<string>),
        ["cardActions"] = typeof(List<CardAction>),
        ["attachments"] = typeof(List<Attachment>),
        ["entities"] = typeof(List<Entity>),
        // The dialog machinery's and the prompts' own, in every interview's state.
        ["dialogState"] = typeof(DialogState),
        ["dialog"] = typeof(DialogInstance),
        ["promptOptions"] = typeof(PromptOptions),
        ["activity"] = typeof(Activity),
        ["suggestedActions"] = typeof(SuggestedActions),
        ["cardAction"] = typeof(CardAction),
    };

    private static readonly Dictionary<Type, string> AliasesByType = TypesByAlias.ToDictionary(pair => pair.Value, pair => pair.Key);

    private readonly DefaultSerializationBinder inner = new();

    public Type BindToType(string? assemblyName, string typeName)
    {
        if (assemblyName is null && TypesByAlias.TryGetValue(typeName, out var aliased))
        {
            return aliased;
        }
        if (assemblyName is null || !IsAllowed(assemblyName))
        {
            throw new InvalidOperationException($"Type '{typeName}' from '{assemblyName}' is not allowed in bot state.");
        }
        var type = inner.BindToType(assemblyName, typeName);
        // A generic type's arguments name their own assemblies (« List`1[[X, Other]], System.Private.CoreLib »).
        if (Disallowed(type) is { } argument)
        {
            throw new InvalidOperationException($"Type '{argument.FullName}' from '{argument.Assembly.GetName().Name}' is not allowed in bot state.");
        }
        return type;
    }

    // Ordinal: the culture-aware StartsWith went through ICU for every typed object of every state read.
    private static bool IsAllowed(string assemblyName) =>
        AllowedAssemblyPrefixes.Any(prefix => assemblyName.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The first type argument or array element, at any depth, from an assembly not allowed; null if none.</summary>
    private static Type? Disallowed(Type type)
    {
        Type[] arguments = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : [];
        foreach (var argument in arguments)
        {
            if (!IsAllowed(argument.Assembly.GetName().Name ?? string.Empty))
            {
                return argument;
            }
            if (Disallowed(argument) is { } deeper)
            {
                return deeper;
            }
        }
        return null;
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        if (AliasesByType.TryGetValue(serializedType, out var alias))
        {
            (assemblyName, typeName) = (null, alias);
            return;
        }
        inner.BindToName(serializedType, out assemblyName, out typeName);
    }
}
