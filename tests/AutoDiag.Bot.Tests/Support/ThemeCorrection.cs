using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

public static class ThemeCorrection
{
    /// <summary>The acknowledgement of an answer: the message whose card unfolds the theme toggles.</summary>
    public static BotReply Acknowledgement(this IReadOnlyList<BotReply> replies) =>
        replies.Single(r => r.Card?.SelectToken("$.actions[0].card") is not null);

    /// <summary>What Teams sends when the user ticks these themes in the card and taps « Enregistrer ».</summary>
    public static JObject Submit(BotReply acknowledgement, params string[] checkedThemes)
    {
        var card = acknowledgement.Card!.SelectToken("$.actions[0].card")!;
        var submit = (JObject)card.SelectToken("$.actions[0].data")!.DeepClone();
        foreach (var toggle in card.SelectTokens("$.body[?(@.type == 'Input.Toggle')]"))
        {
            var id = (string)toggle["id"]!;
            // « theme:{themeId}:{answerId} »
            submit[id] = checkedThemes.Contains(id.Split(':')[1]) ? "true" : "false";
        }
        return submit;
    }
}
