using AutoDiag.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Tests.Component;

/// <summary>
/// A component that handles « aide », « pause » and « annuler » before its inner dialogs, like the core-bot
/// sample's CancelAndHelpDialog.
/// </summary>
internal sealed class DiagnosticDialog : ComponentDialog
{
    public const string Help = "Répondez à la question, ou écrivez « pause » ou « annuler ».";
    public const string Paused = "Pas de souci, je garde vos réponses. Reprenez quand vous voulez.";
    public const string Cancelled = "Diagnostic annulé.";
    public const string OilQuestion = "Quel est le niveau d'huile ?";
    public const string LightQuestion = "Le voyant moteur est-il allumé ?";

    public DiagnosticDialog()
        : base("diagnostic")
    {
        AddDialog(new WaterfallDialog("questions",
        [
            (step, ct) => step.PromptAsync("niveau", new PromptOptions
            {
                Prompt = MessageFactory.Text(OilQuestion),
                Choices = [new Choice("Bas"), new Choice("Normal"), new Choice("Élevé")],
            }, ct),
            (step, ct) =>
            {
                step.Values["huile"] = ((FoundChoice)step.Result!).Value;
                return step.PromptAsync("oui-non", new PromptOptions { Prompt = MessageFactory.Text(LightQuestion) }, ct);
            },
            async (step, ct) =>
            {
                var summary = $"Huile : {step.Values["huile"]}, voyant : {((bool)step.Result! ? "allumé" : "éteint")}";
                await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                return await step.EndDialogAsync(summary, ct);
            },
        ]));
        AddDialog(new ChoicePrompt("niveau"));
        AddDialog(new ConfirmPrompt("oui-non"));
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        => await InterruptAsync(innerDc, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);

    private static async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.Context.Activity.Type != ActivityTypes.Message)
        {
            return null;
        }

        switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
        {
            case "aide":
                await innerDc.Context.SendActivityAsync(Help, cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case "pause":
                await innerDc.Context.SendActivityAsync(Paused, cancellationToken: cancellationToken);
                return EndOfTurn;
            case "annuler":
                await innerDc.Context.SendActivityAsync(Cancelled, cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return null;
        }
    }
}
