using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Tests.Prompts;

public class ChoicePromptTests
{
    private const string Question = "Quel est le niveau de bruit ?";
    private const string Retry = "Choisissez un niveau dans la liste.";
    private static readonly string[] Titles = ["Faible", "Moyen", "Élevé", "Très élevé"];

    private static PromptOptions Levels(ListStyle style = ListStyle.SuggestedAction, string? retry = Retry) => new()
    {
        Prompt = MessageFactory.Text(Question),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        Choices =
        [
            new Choice("Faible") { Synonyms = ["bas"] },
            new Choice("Moyen"),
            new Choice("Élevé") { Synonyms = ["haut", "fort"] },
            new Choice("Très élevé"),
        ],
        Style = style,
    };

    private static ComponentDialog AskLevel(PromptOptions options)
        => Ask.ThenEcho<FoundChoice>(new ChoicePrompt("niveau"), options, found => $"{found.Value} #{found.Index}");

    [Theory]
    [InlineData("Élevé", "Élevé #2")]
    [InlineData("eleve", "Élevé #2")]
    [InlineData("ÉLEVÉ.", "Élevé #2")]
    [InlineData("  élevé !", "Élevé #2")]
    [InlineData("haut", "Élevé #2")]
    [InlineData("FORT", "Élevé #2")]
    [InlineData("3", "Élevé #2")]
    [InlineData("4", "Très élevé #3")]
    [InlineData("très élevé", "Très élevé #3")]
    [InlineData("plutôt élevé", "Élevé #2")]
    [InlineData("je dirais plutôt très élevé", "Très élevé #3")]
    [InlineData("c'est bas", "Faible #0")]
    [InlineData("moyen, vraiment moyen", "Moyen #1")]
    public async Task Recognizes_values_synonyms_numbers_and_mentions(string answer, string expected)
    {
        await new DialogTestHost().Run(AskLevel(Levels()))
            .Send("bonjour").AssertReply(Expect.Buttons(Question, Titles))
            .Test(answer, expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("faible ou élevé")]
    [InlineData("entre moyen et très élevé")]
    [InlineData("bleu")]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("2 ou 3")]
    [InlineData("!!")]
    public async Task Ambiguous_or_unknown_answers_get_the_retry_prompt_with_the_choices(string answer)
    {
        await new DialogTestHost().Run(AskLevel(Levels()))
            .Send("bonjour").AssertReply(Expect.Buttons(Question, Titles))
            .Send(answer).AssertReply(Expect.Buttons(Retry, Titles))
            .Test("moyen", "Moyen #1")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("""{"choice":"Élevé"}""", "Élevé #2")]
    [InlineData("""{"choice":"tres eleve"}""", "Très élevé #3")]
    [InlineData("""{"choice":2}""", "Moyen #1")]
    public async Task Recognizes_an_adaptive_card_submit(string value, string expected)
    {
        await new DialogTestHost().Run(AskLevel(Levels()))
            .Send("bonjour").AssertReply(Expect.Buttons(Question, Titles))
            .Send(UserActivities.Submit(value)).AssertReply(expected)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_without_a_choice_is_not_an_answer()
    {
        await new DialogTestHost().Run(AskLevel(Levels()))
            .Send("bonjour").AssertReply(Expect.Buttons(Question, Titles))
            .Send(UserActivities.Submit("""{"autre":"Élevé"}""")).AssertReply(Expect.Buttons(Retry, Titles))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_found_choice_tells_what_matched_and_how_well()
    {
        FoundChoice? found = null;
        var root = Ask.ThenEcho<FoundChoice>(new ChoicePrompt("niveau"), Levels(), choice =>
        {
            found = choice;
            return "ok";
        });

        await new DialogTestHost().Run(root).Test("bonjour", Question).Test("plutôt haut", "ok").StartTestAsync();

        Assert.NotNull(found);
        Assert.Equal("Élevé", found.Value);
        Assert.Equal("haut", found.Synonym);
        Assert.Equal(0.5, found.Score);
    }

    [Fact]
    public async Task Suggested_actions_send_the_value_and_show_the_title()
    {
        var options = new PromptOptions
        {
            Prompt = MessageFactory.Text(Question),
            Choices = [new Choice("faible") { Title = "Faible 🔈" }, new Choice("fort") { Title = "Fort 🔊" }],
        };

        await new DialogTestHost().Run(AskLevel(options))
            .Send("bonjour").AssertReply(activity =>
            {
                var actions = ((IMessageActivity)activity).SuggestedActions.Actions;
                Assert.Equal(["Faible 🔈", "Fort 🔊"], actions.Select(a => a.Title));
                Assert.Equal(["faible", "fort"], actions.Select(a => (string)a.Value));
            })
            .Test("Fort 🔊", "fort #1")
            .StartTestAsync();
    }

    [Fact]
    public async Task The_list_style_numbers_the_choices_in_the_text_once_per_message()
    {
        const string Listed = $"{Question}\n\n1. Faible\n2. Moyen\n3. Élevé\n4. Très élevé";

        await new DialogTestHost().Run(AskLevel(Levels(ListStyle.List, retry: null)))
            .Send("bonjour").AssertReply(Expect.NoButtons(Listed))
            .Send("bleu").AssertReply(Expect.NoButtons(Listed))
            .Send("vert").AssertReply(Expect.NoButtons(Listed))
            .Test("2", "Moyen #1")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(ListStyle.List)]
    [InlineData(ListStyle.SuggestedAction)]
    public async Task Sending_leaves_the_prompt_of_the_options_as_written(ListStyle style)
    {
        var options = Levels(style);
        var card = new Attachment("application/vnd.microsoft.card.adaptive", content: new { type = "AdaptiveCard" });
        options.Prompt!.Attachments = [card];

        await new DialogTestHost().Run(AskLevel(options))
            .Send("bonjour").AssertReply(activity => Assert.Same(card.Content, ((IMessageActivity)activity).Attachments.Single().Content))
            .StartTestAsync();

        // What is sent is stamped with ids and addresses and gets the choices; the options keep the prompt to send again.
        Assert.Equal(Question, options.Prompt.Text);
        Assert.Null(options.Prompt.SuggestedActions);
        Assert.Null(options.Prompt.Conversation);
        Assert.Null(options.Prompt.ReplyToId);
        Assert.Equal([card], options.Prompt.Attachments);
    }

    [Fact]
    public async Task The_none_style_shows_the_prompt_alone()
    {
        await new DialogTestHost().Run(AskLevel(Levels(ListStyle.None)))
            .Send("bonjour").AssertReply(Expect.NoButtons(Question))
            .Test("faible", "Faible #0")
            .StartTestAsync();
    }
}
