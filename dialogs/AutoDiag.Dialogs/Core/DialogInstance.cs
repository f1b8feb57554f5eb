namespace AutoDiag.Dialogs;

/// <summary>One entry of the dialog stack: which dialog, and its persisted state.</summary>
/// <remarks>
/// Serialized by the bot's storage. Values read back from <see cref="State"/> after a turn may be
/// JObject, JArray or long instead of the type written, depending on the storage's serializer.
/// </remarks>
public class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
