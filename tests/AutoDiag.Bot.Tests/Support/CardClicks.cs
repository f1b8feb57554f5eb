using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>What Teams sends when a button of a card is tapped: the button's data merged with the inputs' values.</summary>
public static class CardClicks
{
    /// <summary>The Action.Submit or Action.ShowCard titled <paramref name="title"/>, anywhere in the card.</summary>
    public static JObject Action(this BotReply reply, string title)
    {
        var action = reply.Card!.SelectTokens("$..[?(@.type == 'Action.Submit' || @.type == 'Action.ShowCard' || @.type == 'Action.OpenUrl')]")
            .OfType<JObject>()
            .FirstOrDefault(a => PlainText.OfCard((string?)a["title"]) == title);
        Assert.True(action is not null, $"No button « {title} » in the card: {reply.Card}");
        return action!;
    }

    /// <summary>Taps the submit button titled <paramref name="submitTitle"/> inside the sub-card <paramref name="showCardTitle"/>.</summary>
    public static JObject Submit(this BotReply reply, string showCardTitle, string submitTitle, params (string Id, string Value)[] inputs)
    {
        var showCard = reply.Action(showCardTitle);
        var submit = showCard.SelectTokens("$.card.actions[?(@.type == 'Action.Submit')]").OfType<JObject>()
            .Single(a => PlainText.OfCard((string?)a["title"]) == submitTitle);
        return With((JObject)submit["data"]!, inputs);
    }

    /// <summary>Taps the top-level submit titled <paramref name="title"/>.</summary>
    public static JObject Submit(this BotReply reply, string title, params (string Id, string Value)[] inputs) =>
        With((JObject)reply.Action(title)["data"]!, inputs);

    /// <summary>What a tap on a column with a select action sends.</summary>
    public static JObject Tap(JToken column) => (JObject)column.SelectToken("$.selectAction.data")!.DeepClone();

    private static JObject With(JObject data, (string Id, string Value)[] inputs)
    {
        var submit = (JObject)data.DeepClone();
        foreach (var (id, value) in inputs)
        {
            submit[id] = value;
        }
        return submit;
    }
}
