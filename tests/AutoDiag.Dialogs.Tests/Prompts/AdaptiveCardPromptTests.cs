using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Tests.Prompts;

public class AdaptiveCardPromptTests
{
    private const string CardTitle = "Votre véhicule";
    private const string Retry = "Remplissez la carte, s'il vous plaît.";

    private static PromptOptions CardOptions(bool withRetry = false)
    {
        var card = JObject.Parse($$"""
            {
              "type": "AdaptiveCard",
              "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "{{CardTitle}}" },
                { "type": "Input.Text", "id": "immatriculation" },
                { "type": "Input.Number", "id": "kilometrage" }
              ],
              "actions": [ { "type": "Action.Submit", "title": "Valider" } ]
            }
            """);
        var prompt = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: card));
        return new PromptOptions { Prompt = (Activity)prompt, RetryPrompt = withRetry ? MessageFactory.Text(Retry) : null };
    }

    private static ComponentDialog AskCard(AdaptiveCardPrompt prompt, PromptOptions options)
        => Ask.ThenEcho<JObject>(prompt, options, data => data.ToString(Newtonsoft.Json.Formatting.None));

    private static void IsTheCard(IActivity activity)
    {
        var attachment = Assert.Single(((IMessageActivity)activity).Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Equal(CardTitle, (string?)JObject.FromObject(attachment.Content)["body"]?[0]?["text"]);
    }

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task Ends_with_the_submitted_data_and_sends_the_card_again_for_typed_text(StorageKind storage)
    {
        await new DialogTestHost(storage).Run(AskCard(new AdaptiveCardPrompt("carte"), CardOptions()))
            .Send("bonjour").AssertReply(IsTheCard)
            .Send("AB-123-CD").AssertReply(IsTheCard)
            .Send(UserActivities.Submit("""{"immatriculation":"AB-123-CD","kilometrage":85000}"""))
            .AssertReply("""{"immatriculation":"AB-123-CD","kilometrage":85000}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task Typed_text_is_accepted_when_allowed()
    {
        var prompt = new AdaptiveCardPrompt("carte", allowTypedText: true);
        Assert.True(prompt.AllowTypedText);

        await new DialogTestHost().Run(AskCard(prompt, CardOptions()))
            .Send("bonjour").AssertReply(IsTheCard)
            .Test("AB-123-CD", """{"text":"AB-123-CD"}""")
            .StartTestAsync();
    }

    [Fact]
    public async Task Required_fields_are_checked_by_the_callers_validator()
    {
        PromptValidator<JObject> requiresPlate = async (prompt, ct) =>
        {
            if (!string.IsNullOrWhiteSpace((string?)prompt.Recognized.Value?["immatriculation"]))
            {
                return true;
            }

            if (prompt.Recognized.Succeeded)
            {
                await prompt.Context.SendActivityAsync("L'immatriculation est obligatoire.", cancellationToken: ct);
            }

            return false;
        };

        await new DialogTestHost().Run(AskCard(new AdaptiveCardPrompt("carte", requiresPlate), CardOptions(withRetry: true)))
            .Send("bonjour").AssertReply(IsTheCard)
            .Send(UserActivities.Submit("""{"kilometrage":85000}""")).AssertReply("L'immatriculation est obligatoire.")
            .Test("AB-123-CD", Retry)
            .Send(UserActivities.Submit("""{"immatriculation":"AB-123-CD"}""")).AssertReply("""{"immatriculation":"AB-123-CD"}""")
            .StartTestAsync();
    }
}
