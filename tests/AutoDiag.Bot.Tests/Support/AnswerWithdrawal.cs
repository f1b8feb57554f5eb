using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

public static class AnswerWithdrawal
{
    /// <summary>The « Retirer cette réponse » action of an answer's acknowledgement.</summary>
    public static JToken Action(BotReply acknowledgement) =>
        acknowledgement.Card!.SelectTokens("$.actions[*]").Single(a => (string?)a["title"] == "Retirer cette réponse");

    /// <summary>What Teams sends when the user unfolds « Retirer cette réponse » and taps « Retirer ».</summary>
    public static JObject Submit(BotReply acknowledgement) =>
        (JObject)Action(acknowledgement).SelectToken("$.card.actions[0].data")!.DeepClone();
}
