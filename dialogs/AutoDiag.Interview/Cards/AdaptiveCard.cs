using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>Adaptive Cards as plain JSON: the AdaptiveCards package is not served here, and 1.4 is what Teams renders.</summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Every card submit carries the question it answers, so a click on an old card is recognised.</summary>
    public const string QuestionKeyField = "questionKey";

    /// <summary>A card whose one button submits the inputs with the question they answer.</summary>
    public static Attachment Create(IEnumerable<JObject> body, string submitTitle, string questionKey) =>
        Create(body, [Submit(submitTitle, new JObject { [QuestionKeyField] = questionKey })]);

    public static Attachment Create(IEnumerable<JObject> body, IEnumerable<JObject> actions) => new()
    {
        ContentType = ContentType,
        Content = Card(body, actions),
    };

    public static JObject Submit(string title, JObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    /// <summary>A button that opens a web page or downloads a file in the browser.</summary>
    public static JObject OpenUrl(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.AbsoluteUri,
    };

    /// <summary>A button that unfolds a sub-card in place: one tap, no message sent.</summary>
    public static JObject ShowCard(string title, IEnumerable<JObject> body, IEnumerable<JObject> actions) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = Card(body, actions),
    };

    public static JObject Toggle(string id, string title, bool value) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["value"] = value ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
    };

    private static JObject Card(IEnumerable<JObject> body, IEnumerable<JObject> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.4",
        ["body"] = new JArray(body),
        ["actions"] = new JArray(actions),
    };

    public static JObject Text(string text, bool subtle = false, bool bold = false) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["isSubtle"] = subtle,
        ["size"] = subtle ? "Small" : "Default",
        ["weight"] = bold ? "Bolder" : "Default",
    };

    /// <param name="value">The choice made already, if any.</param>
    public static JObject ChoiceSet(
        string id, string label, IEnumerable<(string Title, string Value)> choices, bool multiSelect, string errorMessage, string? value = null)
    {
        var choiceSet = new JObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = "expanded",
            ["isMultiSelect"] = multiSelect,
            ["isRequired"] = true,
            ["errorMessage"] = errorMessage,
            ["choices"] = new JArray(choices.Select(c => new JObject { ["title"] = c.Title, ["value"] = c.Value })),
        };
        if (value is not null)
        {
            choiceSet["value"] = value;
        }
        return choiceSet;
    }

    public static JObject TextInput(string id, string label, int maxLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["isMultiline"] = true,
        ["maxLength"] = maxLength,
    };

    /// <summary>A one-line or multi-line text field, pre-filled with <paramref name="value"/>.</summary>
    public static JObject TextInput(string id, string label, int maxLength, string? value, bool multiline)
    {
        var input = TextInput(id, label, maxLength);
        input["isMultiline"] = multiline;
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }
        return input;
    }

    /// <summary>A whole-number field, pre-filled with <paramref name="value"/> when there is one.</summary>
    public static JObject NumberInput(string id, string label, long? value, int? min = null, int? max = null)
    {
        var input = new JObject
        {
            ["type"] = "Input.Number",
            ["id"] = id,
            ["label"] = label,
        };
        if (min is not null)
        {
            input["min"] = min;
        }
        if (max is not null)
        {
            input["max"] = max;
        }
        if (value is not null)
        {
            input["value"] = value;
        }
        return input;
    }

    /// <summary>The question key of a card submit, or null for a typed message.</summary>
    public static string? QuestionKeyOf(JObject submit) => submit.Text(QuestionKeyField);
}
