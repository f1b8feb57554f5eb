using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;
using Moq;

namespace AutoDiag.Dialogs.Tests.Core;

public class RunAsyncTests
{
    private static ComponentDialog Greeting() => new ComponentDialog("accueil")
        .AddDialog(new WaterfallDialog("salutation",
        [
            (step, ct) => step.PromptAsync("texte", Ask.Text("Comment vous appelez-vous ?"), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Enchanté, {step.Result} !", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]))
        .AddDialog(new TextPrompt("texte"));

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task RunAsync_begins_the_dialog_continues_it_then_begins_it_again(StorageKind storage)
    {
        var host = new DialogTestHost(storage);

        await host.Run(Greeting())
            .Test("bonjour", "Comment vous appelez-vous ?")
            .Test("Camille", "Enchanté, Camille !")
            .Test("re-bonjour", "Comment vous appelez-vous ?")
            .StartTestAsync();

        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Complete, DialogTurnStatus.Waiting], host.Results.Select(r => r.Status));
        Assert.Equal("Camille", host.Results[1].Result);
    }

    [Fact]
    public async Task RunAsync_reads_and_writes_the_stack_through_the_accessor()
    {
        var state = new DialogState();
        var accessor = new Mock<IStatePropertyAccessor<DialogState>>();
        accessor.Setup(a => a.GetAsync(It.IsAny<ITurnContext>(), It.IsAny<Func<DialogState>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(state);
        var dialog = Greeting();
        var host = new DialogTestHost();

        using (var firstTurn = host.NewTurn("bonjour"))
        {
            var first = await dialog.RunAsync(firstTurn, accessor.Object, CancellationToken.None);

            Assert.Equal(DialogTurnStatus.Waiting, first.Status);
            Assert.Equal("accueil", Assert.Single(state.DialogStack).Id);
            accessor.Verify(a => a.SetAsync(firstTurn, state, It.IsAny<CancellationToken>()), Times.Once);
        }

        using (var secondTurn = host.NewTurn("Camille"))
        {
            var second = await dialog.RunAsync(secondTurn, accessor.Object, CancellationToken.None);

            Assert.Equal(DialogTurnStatus.Complete, second.Status);
            Assert.Equal("Camille", second.Result);
            Assert.Empty(state.DialogStack);
            accessor.Verify(a => a.SetAsync(secondTurn, state, It.IsAny<CancellationToken>()), Times.Once);
        }

        accessor.Verify(a => a.GetAsync(It.IsAny<ITurnContext>(), It.IsAny<Func<DialogState>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
