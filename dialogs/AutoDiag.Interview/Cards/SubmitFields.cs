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
}
