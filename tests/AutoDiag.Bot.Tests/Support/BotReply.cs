using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>One bot message as the user sees it: its text, the text of its cards, its buttons.</summary>
public sealed record BotReply(IMessageActivity Activity)
{
    /// <summary>Text and card text as the user reads them (<see cref="PlainText"/>), so that assertions read naturally.</summary>
    public string Text => string.Join("\n",
        new[] { PlainText.Of(Activity.Text) }.Concat(CardTexts().Select(PlainText.OfCard)).Where(t => !string.IsNullOrEmpty(t)));

    public IReadOnlyList<string> SuggestedActions =>
        Activity.SuggestedActions?.Actions?.Select(a => PlainText.OfCard(a.Title)).ToList() ?? [];

    public JObject? Card => Activity.Attachments?.Select(a => a.Content).OfType<JObject>().FirstOrDefault();

    /// <summary>The input ids and choice titles of the card, to check what can be answered.</summary>
    public IReadOnlyList<string> CardChoices =>
        Card?.SelectTokens("$..choices[*].title").Select(t => PlainText.OfCard((string)t!)).ToList() ?? [];

    /// <summary>The value behind a choice of the card, as Teams would submit it.</summary>
    public string CardChoiceValue(string title) =>
        (string)Card!.SelectTokens("$..choices[*]").Single(c => PlainText.OfCard((string?)c["title"]) == title)["value"]!;

    /// <summary>The data of the card's submit button, which Teams merges with the inputs' values.</summary>
    public JObject SubmitData => (JObject)Card!.SelectToken("$.actions[0].data")!;

    private IEnumerable<string> CardTexts() =>
        Card?.SelectTokens("$..text").Select(t => (string?)t ?? string.Empty) ?? [];

    public override string ToString() => Text;
}
