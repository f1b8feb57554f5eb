using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Moq;

namespace AutoDiag.Dialogs.Tests.Component;

public class ComponentDialogTests
{
    private static readonly Action<Microsoft.Bot.Schema.IActivity> OilPrompt =
        Expect.Buttons(DiagnosticDialog.OilQuestion, "Bas", "Normal", "Élevé");

    private static readonly Action<Microsoft.Bot.Schema.IActivity> LightPrompt =
        Expect.Buttons(DiagnosticDialog.LightQuestion, "Oui", "Non");

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task Help_answers_then_asks_the_current_question_again(StorageKind storage)
    {
        await new DialogTestHost(storage).Run(new DiagnosticDialog())
            .Send("bonjour").AssertReply(OilPrompt)
            .Send("aide").AssertReply(DiagnosticDialog.Help).AssertReply(OilPrompt)
            .Send("Normal").AssertReply(LightPrompt)
            .Send("AIDE").AssertReply(DiagnosticDialog.Help).AssertReply(LightPrompt)
            .Test("oui", "Huile : Normal, voyant : allumé")
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task Pause_keeps_the_answers_given_so_far(StorageKind storage)
    {
        await new DialogTestHost(storage).Run(new DiagnosticDialog())
            .Send("bonjour").AssertReply(OilPrompt)
            .Send("élevé").AssertReply(LightPrompt)
            .Test("pause", DiagnosticDialog.Paused)
            .Test("non", "Huile : Élevé, voyant : éteint")
            .StartTestAsync();
    }

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task Cancel_ends_the_component_and_the_next_message_starts_over(StorageKind storage)
    {
        var host = new DialogTestHost(storage);

        await host.Run(new DiagnosticDialog())
            .Send("bonjour").AssertReply(OilPrompt)
            .Send("bas").AssertReply(LightPrompt)
            .Test("annuler", DiagnosticDialog.Cancelled)
            .Send("bonjour").AssertReply(OilPrompt)
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, host.Results[2].Status);
        Assert.Null(host.Results[2].Result);
    }

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task The_component_ends_with_the_inner_result_which_goes_to_its_parent(StorageKind storage)
    {
        var root = new ComponentDialog("accueil")
            .AddDialog(new WaterfallDialog("principal",
            [
                (step, ct) => step.BeginDialogAsync("diagnostic", null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Résultat : {step.Result}", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                },
            ]))
            .AddDialog(new DiagnosticDialog());

        await new DialogTestHost(storage).Run(root)
            .Send("bonjour").AssertReply(OilPrompt)
            .Send("2").AssertReply(LightPrompt)
            .Send("o").AssertReply("Huile : Normal, voyant : allumé").AssertReply("Résultat : Huile : Normal, voyant : allumé")
            .StartTestAsync();
    }

    [Theory]
    [InlineData(null, "A")]
    [InlineData("b", "B")]
    public async Task The_initial_dialog_is_the_first_added_unless_set(string? initialDialogId, string expectedReply)
    {
        static WaterfallDialog Saying(string id, string text) => new(id,
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(text, cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var component = new ComponentDialog("composant").AddDialog(Saying("a", "A")).AddDialog(Saying("b", "B"));
        if (initialDialogId is not null)
        {
            component.InitialDialogId = initialDialogId;
        }

        await new DialogTestHost().Run(component).Test("bonjour", expectedReply).StartTestAsync();
    }

    [Fact]
    public async Task A_component_without_dialogs_cannot_begin()
    {
        var host = new DialogTestHost();
        using var turn = host.NewTurn();
        var dc = await new DialogSet(host.Accessor).Add(new ComponentDialog("vide")).CreateContextAsync(turn);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("vide"));
        Assert.Contains("'vide'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_the_component_cancels_its_inner_dialogs()
    {
        var inner = new Mock<Dialog>("intérieur") { CallBase = true };
        inner.Setup(d => d.BeginDialogAsync(It.IsAny<DialogContext>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Dialog.EndOfTurn);
        var host = new DialogTestHost();
        using var turn = host.NewTurn();
        var dc = await new DialogSet(host.Accessor).Add(new ComponentDialog("composant").AddDialog(inner.Object)).CreateContextAsync(turn);
        await dc.BeginDialogAsync("composant");

        await dc.CancelAllDialogsAsync();

        inner.Verify(d => d.EndDialogAsync(turn, It.Is<DialogInstance>(i => i.Id == "intérieur"), DialogReason.CancelCalled, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Empty(dc.Stack);
    }

    /// <summary>A component whose reprompt found nothing more to ask, as an interview whose last question was withdrawn.</summary>
    private sealed class EndsOnReprompt : ComponentDialog
    {
        public EndsOnReprompt()
            : base("questions")
        {
            AddDialog(new WaterfallDialog("étapes", [(step, ct) => step.PromptAsync("texte", Ask.Text("Votre réponse ?"), ct)]));
            AddDialog(new TextPrompt("texte"));
        }

        public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
            CreateInnerContext(turnContext, instance).CancelAllDialogsAsync(cancellationToken);
    }

    [Fact]
    public async Task A_component_knows_when_it_or_one_inside_it_waits_on_nothing_any_more()
    {
        var outer = new ComponentDialog("composant").AddDialog(new EndsOnReprompt());
        var host = new DialogTestHost();
        using var turn = host.NewTurn();
        var dc = await new DialogSet(host.Accessor).Add(outer).CreateContextAsync(turn);
        await dc.BeginDialogAsync("composant");

        Assert.False(outer.WaitsOnNothing(turn, dc.ActiveDialog!));

        await dc.RepromptDialogAsync();

        Assert.True(outer.WaitsOnNothing(turn, dc.ActiveDialog!));
    }
}
