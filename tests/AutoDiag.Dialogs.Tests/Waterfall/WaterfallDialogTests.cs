using System.Globalization;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Tests.Waterfall;

public class WaterfallDialogTests
{
    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task Steps_run_in_order_and_values_survive_between_turns(StorageKind storage)
    {
        var indexes = new List<int>();
        var profile = new WaterfallDialog("profil",
        [
            (step, ct) =>
            {
                indexes.Add(step.Index);
                return step.PromptAsync("texte", Ask.Text("Quel est votre prénom ?"), ct);
            },
            (step, ct) =>
            {
                indexes.Add(step.Index);
                step.Values["prénom"] = step.Result!;
                return step.PromptAsync("texte", Ask.Text("Quel âge avez-vous ?"), ct);
            },
            (step, ct) =>
            {
                indexes.Add(step.Index);
                step.Values["âge"] = int.Parse((string)step.Result!, CultureInfo.InvariantCulture);
                return step.PromptAsync("texte", Ask.Text("Dans quelle ville ?"), ct);
            },
            async (step, ct) =>
            {
                indexes.Add(step.Index);

                // Written as an int, read back as whatever the storage made of it.
                var age = Convert.ToInt32(step.Values["âge"], CultureInfo.InvariantCulture);
                await step.Context.SendActivityAsync($"{step.Values["prénom"]}, {age} ans, {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(age, ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(profile).AddDialog(new TextPrompt("texte"));
        var host = new DialogTestHost(storage);

        await host.Run(root)
            .Test("bonjour", "Quel est votre prénom ?")
            .Test("Camille", "Quel âge avez-vous ?")
            .Test("42", "Dans quelle ville ?")
            .Test("Lyon", "Camille, 42 ans, Lyon")
            .StartTestAsync();

        Assert.Equal([0, 1, 2, 3], indexes);
        var last = host.Results[^1];
        Assert.Equal(DialogTurnStatus.Complete, last.Status);
        Assert.Equal(42, last.Result);
    }

    [Fact]
    public async Task NextAsync_passes_its_result_to_the_next_step_and_the_last_result_ends_the_waterfall()
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.Accessor).Add(new WaterfallDialog("suite",
        [
            (step, ct) => step.NextAsync("a", ct),
            (step, ct) => step.NextAsync($"{step.Result}b", ct),
        ]));
        using var turn = host.NewTurn();
        var dc = await dialogs.CreateContextAsync(turn);

        var result = await dc.BeginDialogAsync("suite");

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("ab", result.Result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task Calling_NextAsync_twice_in_a_step_throws()
    {
        var host = new DialogTestHost();
        var dialogs = new DialogSet(host.Accessor).Add(new WaterfallDialog("double",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));
        using var turn = host.NewTurn();
        var dc = await dialogs.CreateContextAsync(turn);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("double"));
        Assert.Contains("'double'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_that_waits_without_a_prompt_gets_the_next_message_text_and_ignores_other_activities()
    {
        var root = new WaterfallDialog("note",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Décrivez le problème.", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Noté : {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        await new DialogTestHost().Run(root)
            .Test("bonjour", "Décrivez le problème.")
            .Send(UserActivities.Typing())
            .Test("ça fume sous le capot", "Noté : ça fume sous le capot")
            .StartTestAsync();
    }

    [Fact]
    public void Steps_can_be_given_to_the_constructor_or_added()
    {
        WaterfallStep step = (stepContext, ct) => Task.FromResult(Dialog.EndOfTurn);

        var waterfall = new WaterfallDialog("étapes", [step]).AddStep(step);

        Assert.Equal("étapes", waterfall.Id);
        Assert.Throws<ArgumentNullException>(() => waterfall.AddStep(null!));
    }
}
