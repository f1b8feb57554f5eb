using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;

namespace AutoDiag.Dialogs.Tests.Prompts;

public class TextPromptTests
{
    private static ComponentDialog AskModel()
        => Ask.ThenEcho<string>(new TextPrompt("texte"), Ask.Text("Quel est le modèle ?", "Écrivez le modèle, s'il vous plaît."), model => $"Modèle : {model}");

    [Fact]
    public async Task Ends_with_the_message_text()
    {
        await new DialogTestHost().Run(AskModel())
            .Test("bonjour", "Quel est le modèle ?")
            .Test("Clio IV", "Modèle : Clio IV")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_card_submit_without_text_or_a_blank_message_is_not_an_answer()
    {
        await new DialogTestHost().Run(AskModel())
            .Test("bonjour", "Quel est le modèle ?")
            .Send(UserActivities.Submit("""{"modele":"Clio"}""")).AssertReply("Écrivez le modèle, s'il vous plaît.")
            .Test("   ", "Écrivez le modèle, s'il vous plaît.")
            .Test("Clio", "Modèle : Clio")
            .StartTestAsync();
    }
}
