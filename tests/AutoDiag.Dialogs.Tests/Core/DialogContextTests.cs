using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Moq;

namespace AutoDiag.Dialogs.Tests.Core;

public class DialogContextTests
{
    private readonly DialogTestHost _host = new();

    [Fact]
    public async Task Beginning_an_unknown_dialog_throws_and_names_it()
    {
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(new TextPrompt("texte")).CreateContextAsync(turn);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("inconnu"));
        Assert.Contains("'inconnu'", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => dc.PromptAsync("inconnu", Ask.Text("?")));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.ReplaceDialogAsync("inconnu"));
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task A_stack_naming_a_dialog_that_no_longer_exists_cannot_continue_but_can_be_cancelled()
    {
        using var turn = _host.NewTurn();
        var state = new DialogState { DialogStack = [new DialogInstance { Id = "supprimé" }] };
        var dc = new DialogContext(new DialogSet(), turn, state);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());
        Assert.Contains("'supprimé'", error.Message, StringComparison.Ordinal);

        var cancelled = await dc.CancelAllDialogsAsync();
        Assert.Equal(DialogTurnStatus.Cancelled, cancelled.Status);
        Assert.Empty(state.DialogStack);
    }

    [Fact]
    public async Task An_empty_stack_continues_and_cancels_as_Empty()
    {
        using var turn = _host.NewTurn();
        var dc = new DialogContext(new DialogSet(), turn, new DialogState());

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        Assert.Null(dc.ActiveDialog);
    }

    public static TheoryData<string, DialogReason> EndingCalls => new()
    {
        { "end", DialogReason.EndCalled },
        { "replace", DialogReason.ReplaceCalled },
        { "cancel", DialogReason.CancelCalled },
    };

    [Theory]
    [MemberData(nameof(EndingCalls))]
    public async Task A_dialog_leaving_the_stack_is_told_why(string call, DialogReason expected)
    {
        var child = new Mock<Dialog>("enfant") { CallBase = true };
        child.Setup(d => d.BeginDialogAsync(It.IsAny<DialogContext>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Dialog.EndOfTurn);
        var other = new WaterfallDialog("autre", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]);
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(child.Object).Add(other).CreateContextAsync(turn);
        await dc.BeginDialogAsync("enfant");

        var result = call switch
        {
            "end" => await dc.EndDialogAsync("fini"),
            "replace" => await dc.ReplaceDialogAsync("autre"),
            _ => await dc.CancelAllDialogsAsync(),
        };

        child.Verify(d => d.EndDialogAsync(turn, It.Is<DialogInstance>(i => i.Id == "enfant"), expected, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(call == "replace" ? "autre" : null, dc.ActiveDialog?.Id);
        Assert.Equal(
            call switch { "end" => DialogTurnStatus.Complete, "replace" => DialogTurnStatus.Waiting, _ => DialogTurnStatus.Cancelled },
            result.Status);
    }

    [Fact]
    public async Task EndDialogAsync_resumes_the_parent_with_the_result()
    {
        var parent = new Mock<Dialog>("parent") { CallBase = true };
        parent.Setup(d => d.BeginDialogAsync(It.IsAny<DialogContext>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .Returns((DialogContext dc, object? options, CancellationToken ct) => dc.BeginDialogAsync("enfant", null, ct));
        parent.Setup(d => d.ResumeDialogAsync(It.IsAny<DialogContext>(), DialogReason.EndCalled, "42", It.IsAny<CancellationToken>()))
            .ReturnsAsync(Dialog.EndOfTurn);
        var child = new WaterfallDialog("enfant", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]);
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(parent.Object).Add(child).CreateContextAsync(turn);
        await dc.BeginDialogAsync("parent");
        Assert.Equal(["enfant", "parent"], dc.Stack.Select(i => i.Id));

        await dc.EndDialogAsync("42");

        parent.Verify(d => d.ResumeDialogAsync(dc, DialogReason.EndCalled, "42", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal("parent", dc.ActiveDialog?.Id);
    }

    [Fact]
    public async Task RestartDialogAsync_begins_on_top_or_takes_the_place_of_the_same_dialog_and_of_what_is_above_it()
    {
        Mock<Dialog> Waiting(string id)
        {
            var dialog = new Mock<Dialog>(id) { CallBase = true };
            dialog.Setup(d => d.BeginDialogAsync(It.IsAny<DialogContext>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
                .ReturnsAsync(Dialog.EndOfTurn);
            return dialog;
        }

        var (interview, invite, testimony) = (Waiting("entretien"), Waiting("inviter"), Waiting("témoignage"));
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(interview.Object).Add(invite.Object).Add(testimony.Object).CreateContextAsync(turn);
        await dc.BeginDialogAsync("entretien");

        await dc.RestartDialogAsync("inviter");
        await dc.RestartDialogAsync("témoignage");
        Assert.Equal(["témoignage", "inviter", "entretien"], dc.Stack.Select(i => i.Id));

        for (var round = 0; round < 3; round++)
        {
            await dc.RestartDialogAsync("inviter", options: round);
            await dc.RestartDialogAsync("témoignage");
        }

        Assert.Equal(["témoignage", "inviter", "entretien"], dc.Stack.Select(i => i.Id));
        testimony.Verify(d => d.EndDialogAsync(turn, It.IsAny<DialogInstance>(), DialogReason.CancelCalled, It.IsAny<CancellationToken>()), Times.Exactly(3));
        invite.Verify(d => d.EndDialogAsync(turn, It.IsAny<DialogInstance>(), DialogReason.ReplaceCalled, It.IsAny<CancellationToken>()), Times.Exactly(3));
        invite.Verify(d => d.BeginDialogAsync(It.IsAny<DialogContext>(), 2, It.IsAny<CancellationToken>()), Times.Once);
        // Nothing was resumed on the way, and the dialog below was left alone.
        interview.Verify(d => d.ResumeDialogAsync(It.IsAny<DialogContext>(), It.IsAny<DialogReason>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
        invite.Verify(d => d.ResumeDialogAsync(It.IsAny<DialogContext>(), It.IsAny<DialogReason>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
        interview.Verify(d => d.EndDialogAsync(It.IsAny<ITurnContext>(), It.IsAny<DialogInstance>(), It.IsAny<DialogReason>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task RestartDialogAsync_never_ends_a_dialog_kept_running_and_begins_on_top_instead()
    {
        var (fiche, relay) = (new WaterfallDialog("fiche", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]),
            new WaterfallDialog("relais", [(step, ct) => Task.FromResult(Dialog.EndOfTurn)]));
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(fiche).Add(relay).CreateContextAsync(turn);
        await dc.BeginDialogAsync("fiche");
        await dc.BeginDialogAsync("relais");

        await dc.RestartDialogAsync("fiche", keepRunning: instance => instance.Id == "relais");
        Assert.Equal(["fiche", "relais", "fiche"], dc.Stack.Select(i => i.Id));

        // Above the relay, the same dialog is restarted in place.
        await dc.RestartDialogAsync("fiche", keepRunning: instance => instance.Id == "relais");
        Assert.Equal(["fiche", "relais", "fiche"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public void A_child_context_finds_dialogs_of_its_parents()
    {
        using var turn = _host.NewTurn();
        var outer = new DialogContext(new DialogSet().Add(new TextPrompt("externe")), turn, new DialogState());
        var inner = new DialogContext(new DialogSet().Add(new TextPrompt("interne")), outer, new DialogState());

        Assert.Same(turn, inner.Context);
        Assert.Same(outer, inner.Parent);
        Assert.Equal("externe", inner.FindDialog("externe")?.Id);
        Assert.Equal("interne", inner.FindDialog("interne")?.Id);
        Assert.Null(outer.FindDialog("interne"));
    }

    [Fact]
    public async Task A_prompt_resumed_after_a_dialog_pushed_above_it_asks_again()
    {
        var aside = new WaterfallDialog("aparté",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Une parenthèse.", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(new TextPrompt("texte")).Add(aside).CreateContextAsync(turn);
        await dc.PromptAsync("texte", Ask.Text("Quel modèle ?"));

        var result = await dc.BeginDialogAsync("aparté");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["Quel modèle ?", "Une parenthèse.", "Quel modèle ?"], Replies());
        Assert.Equal("texte", dc.ActiveDialog?.Id);
    }

    [Fact]
    public async Task RepromptDialogAsync_asks_the_active_prompt_again()
    {
        using var turn = _host.NewTurn();
        var dc = await new DialogSet(_host.Accessor).Add(new TextPrompt("texte")).CreateContextAsync(turn);
        await dc.PromptAsync("texte", Ask.Text("Quel modèle ?", "Le modèle, s'il vous plaît."));

        await dc.RepromptDialogAsync();

        Assert.Equal(["Quel modèle ?", "Quel modèle ?"], Replies());
    }

    private List<string> Replies()
    {
        var texts = new List<string>();
        while (_host.Adapter.GetNextReply() is IMessageActivity reply)
        {
            texts.Add(reply.Text);
        }

        return texts;
    }
}
