using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Adapters;

/// <summary>
/// What people typed, without the control characters a keyboard does not make: a NUL in an answer is refused by
/// PostgreSQL and would fail the turn, others garble logs and exports. Line breaks and tabs stay.
/// </summary>
public static class TypedText
{
    /// <summary>Cleans the message's text, the sender's name and every string a card submitted.</summary>
    public static void Clean(Activity activity)
    {
        activity.Text = Clean(activity.Text);
        if (activity.From is { } from)
        {
            from.Name = Clean(from.Name);
        }
        switch (activity.Value)
        {
            case string text:
                activity.Value = Clean(text);
                break;
            case JContainer submitted:
                foreach (var text in submitted.DescendantsAndSelf().OfType<JValue>().Where(v => v.Type == JTokenType.String))
                {
                    text.Value = Clean((string?)text.Value);
                }
                break;
        }
    }

    public static string? Clean(string? text) =>
        text is null || !text.Any(IsControl) ? text : string.Concat(text.Where(c => !IsControl(c)));

    private static bool IsControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
