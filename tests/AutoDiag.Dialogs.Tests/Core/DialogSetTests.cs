using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;

namespace AutoDiag.Dialogs.Tests.Core;

public class DialogSetTests
{
    [Fact]
    public void Dialogs_are_found_by_id()
    {
        var prompt = new TextPrompt("texte");
        var dialogs = new DialogSet().Add(prompt);

        Assert.Same(prompt, dialogs.Find("texte"));
        Assert.Null(dialogs.Find("autre"));
    }

    [Fact]
    public void Adding_two_dialogs_with_the_same_id_throws()
    {
        var dialogs = new DialogSet().Add(new TextPrompt("texte"));

        var error = Assert.Throws<ArgumentException>(() => dialogs.Add(new ConfirmPrompt("texte")));
        Assert.Contains("'texte'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_context_needs_a_state_accessor()
    {
        using var turn = new DialogTestHost().NewTurn();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogSet().CreateContextAsync(turn));
    }

    [Fact]
    public void A_dialog_needs_an_id()
    {
        Assert.Throws<ArgumentException>(() => new TextPrompt(" "));
    }
}
