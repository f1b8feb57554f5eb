using System.Globalization;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Dialogs.Tests.Support;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Tests.Waterfall;

/// <summary>Dialogs calling dialogs: results returned to the parent, loops through ReplaceDialogAsync.</summary>
public class DialogStackTests
{
    private sealed record Vehicle(string Owner, string Brand, int Mileage);

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task A_child_dialog_returns_its_result_to_the_parent_step(StorageKind storage)
    {
        var parent = new WaterfallDialog("dossier",
        [
            (step, ct) => step.BeginDialogAsync("véhicule", "Dupont", ct),
            async (step, ct) =>
            {
                var vehicle = Assert.IsType<Vehicle>(step.Result);
                await step.Context.SendActivityAsync($"{vehicle.Owner} : {vehicle.Brand}, {vehicle.Mileage} km", cancellationToken: ct);
                return await step.EndDialogAsync(vehicle, ct);
            },
        ]);
        var child = new WaterfallDialog("véhicule",
        [
            (step, ct) => step.PromptAsync("texte", Ask.Text("Quelle marque ?"), ct),
            (step, ct) =>
            {
                step.Values["marque"] = step.Result!;
                return step.PromptAsync("texte", Ask.Text("Quel kilométrage ?"), ct);
            },
            (step, ct) =>
            {
                // Options and values were written two turns ago: they come back from storage.
                var vehicle = new Vehicle((string)step.Options!, (string)step.Values["marque"], int.Parse((string)step.Result!, CultureInfo.InvariantCulture));
                return step.EndDialogAsync(vehicle, ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(parent).AddDialog(child).AddDialog(new TextPrompt("texte"));
        var host = new DialogTestHost(storage);

        await host.Run(root)
            .Test("bonjour", "Quelle marque ?")
            .Test("Renault", "Quel kilométrage ?")
            .Test("85000", "Dupont : Renault, 85000 km")
            .StartTestAsync();

        Assert.Equal(new Vehicle("Dupont", "Renault", 85000), host.Results[^1].Result);
    }

    [Theory]
    [MemberData(nameof(Storages.All), MemberType = typeof(Storages))]
    public async Task ReplaceDialogAsync_loops_without_growing_the_stack(StorageKind storage)
    {
        var loop = new WaterfallDialog("symptômes",
        [
            (step, ct) => step.PromptAsync("texte", Ask.Text("Un symptôme ? (« fini » pour terminer)"), ct),
            async (step, ct) =>
            {
                // The list passed to the previous round was persisted: it may come back as a JArray.
                var symptoms = step.Options is null ? [] : JToken.FromObject(step.Options).ToObject<List<string>>()!;
                if ((string)step.Result! == "fini")
                {
                    await step.Context.SendActivityAsync($"Symptômes : {string.Join(", ", symptoms)}", cancellationToken: ct);
                    return await step.EndDialogAsync(symptoms.Count, ct);
                }

                return await step.ReplaceDialogAsync("symptômes", symptoms.Append((string)step.Result!).ToList(), ct);
            },
        ]);
        var root = new ComponentDialog("root").AddDialog(loop).AddDialog(new TextPrompt("texte"));
        var host = new DialogTestHost(storage);

        await host.Run(root)
            .Test("bonjour", "Un symptôme ? (« fini » pour terminer)")
            .Test("fumée", "Un symptôme ? (« fini » pour terminer)")
            .Test("bruit", "Un symptôme ? (« fini » pour terminer)")
            .Test("fini", "Symptômes : fumée, bruit")
            .StartTestAsync();

        // Had each round been pushed above the previous one, ending the last would have resumed the one before.
        var last = host.Results[^1];
        Assert.Equal(DialogTurnStatus.Complete, last.Status);
        Assert.Equal(2, last.Result);
    }
}
