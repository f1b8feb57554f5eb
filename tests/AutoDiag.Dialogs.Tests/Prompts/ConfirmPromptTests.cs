using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    private const string Question = "Le voyant est-il allumé ?";
    private const string Retry = "Répondez par oui ou par non.";

    private static ComponentDialog AskConfirm(ListStyle style = ListStyle.SuggestedAction) => Ask.ThenEcho<bool>(
        new ConfirmPrompt("oui-non"),
        new PromptOptions { Prompt = MessageFactory.Text(Question), RetryPrompt = MessageFactory.Text(Retry), Style = style },
        answer => answer ? "vrai" : "faux");

    [Theory]
    [InlineData("oui", "vrai")]
    [InlineData("OUI !", "vrai")]
    [InlineData("o", "vrai")]
    [InlineData("ouais", "vrai")]
    [InlineData("d'accord", "vrai")]
    [InlineData("D’accord.", "vrai")]
    [InlineData("ok", "vrai")]
    [InlineData("bien sûr", "vrai")]
    [InlineData("Bien sur", "vrai")]
    [InlineData("oui, bien sûr", "vrai")]
    [InlineData("tout à fait", "vrai")]
    [InlineData("1", "vrai")]
    [InlineData("non", "faux")]
    [InlineData("Non.", "faux")]
    [InlineData("n", "faux")]
    [InlineData("non merci", "faux")]
    [InlineData("pas du tout", "faux")]
    [InlineData("pas d'accord", "faux")]
    [InlineData("absolument pas", "faux")]
    [InlineData("2", "faux")]
    public async Task Recognizes_french_yes_and_no(string answer, string expected)
    {
        await new DialogTestHost().Run(AskConfirm())
            .Send("bonjour").AssertReply(Expect.Buttons(Question, "Oui", "Non"))
            .Test(answer, expected)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("peut-être")]
    [InlineData("oui et non")]
    [InlineData("je ne sais pas")]
    [InlineData("n'importe quoi")]
    public async Task Unclear_answers_get_the_retry_prompt(string answer)
    {
        await new DialogTestHost().Run(AskConfirm())
            .Send("bonjour").AssertReply(Expect.Buttons(Question, "Oui", "Non"))
            .Send(answer).AssertReply(Expect.Buttons(Retry, "Oui", "Non"))
            .StartTestAsync();
    }

    [Fact]
    public async Task The_list_style_numbers_oui_and_non()
    {
        await new DialogTestHost().Run(AskConfirm(ListStyle.List))
            .Send("bonjour").AssertReply(Expect.NoButtons($"{Question}\n\n1. Oui\n2. Non"))
            .Test("Oui", "vrai")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("Non merci !", true)]
    [InlineData("ok", true)]
    [InlineData("Noé", false)]
    [InlineData("Jean Oui", false)]
    [InlineData("Jean Martin", false)]
    [InlineData("2", true)]
    public void IsYesOrNo_takes_a_whole_yes_or_no_only(string text, bool expected)
    {
        Assert.Equal(expected, ConfirmPrompt.IsYesOrNo(text));
    }

    [Theory]
    [InlineData("oui", true)]
    [InlineData("Non merci !", false)]
    [InlineData("ok", true)]
    [InlineData("Jeanne Martin", null)]
    public void YesOrNo_says_which_or_null_for_anything_else(string text, bool? expected) =>
        Assert.Equal(expected, ConfirmPrompt.YesOrNo(text));
}
