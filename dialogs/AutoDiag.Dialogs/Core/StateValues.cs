using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs;

/// <summary>Reads dialog state written in an earlier turn.</summary>
/// <remarks>
/// Storage serializers round-trip state through JSON: depending on their TypeNameHandling, a value written
/// as a DialogState or an int comes back as itself, a JObject or a long.
/// </remarks>
internal static class StateValues
{
    public static T Get<T>(IDictionary<string, object> state, string key)
        where T : notnull
    {
        if (!state.TryGetValue(key, out var value))
        {
            throw new InvalidOperationException($"Dialog state has no '{key}' entry: the dialog was not begun through a DialogContext.");
        }

        if (value is T typed)
        {
            return typed;
        }

        var converted = (value as JToken ?? JToken.FromObject(value)).ToObject<T>()
            ?? throw new InvalidOperationException($"Dialog state entry '{key}' cannot be read as {typeof(T).Name}.");

        // Store the converted object so that changes made to it are the ones persisted at the end of the turn.
        state[key] = converted;
        return converted;
    }
}
