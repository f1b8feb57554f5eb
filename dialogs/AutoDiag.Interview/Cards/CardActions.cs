using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The buttons of the consultant's cards. Each submit names its action and carries everything it needs, so a
/// click works whatever the conversation is doing, even on a card sent days ago.
/// </summary>
public static class CardActions
{
    public const string Field = "action";

    public const string OpenOverview = "openOverview";
    public const string OpenTheme = "openTheme";
    public const string OpenCommune = "openCommune";
    public const string MarkReviewed = "markReviewed";
    public const string AddNote = "addNote";
    public const string NewTestimony = "newTestimony";
    public const string RecordTestimony = "recordTestimony";
    public const string CorrectTestimonyThemes = "correctTestimonyThemes";
    public const string SaveCalendar = "saveCalendar";

    public static string? Of(object? value) => value is JObject submit ? submit.Text(Field) : null;

    public static JObject Data(string action, params (string Name, string Value)[] fields)
    {
        var data = new JObject { [Field] = action };
        foreach (var (name, value) in fields)
        {
            data[name] = value;
        }
        return data;
    }
}
