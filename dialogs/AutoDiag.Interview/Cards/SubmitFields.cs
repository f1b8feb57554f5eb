using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>Reads what an Adaptive Card submitted, whatever a tampered submit put there.</summary>
public static class SubmitFields
{
    /// <summary>
    /// The field as text: a string, or a number or a boolean as written; null when it is missing or is an object or
    /// an array — which <c>JObject.Value&lt;string&gt;</c> answers with an exception that would end the turn.
    /// </summary>
    public static string? Text(this JObject submit, string field) => submit[field] is JValue value ? (string?)value : null;

    /// <summary>
    /// A submit with an object or an array in a field. No card of the bot sends one (inputs and data are text), so it
    /// was made by hand; read field by field, it would pass for a form whose field was cleared.
    /// </summary>
    public static bool IsMalformed(object? value) => value is JObject submit && submit.Properties().Any(p => p.Value is JContainer);
}
