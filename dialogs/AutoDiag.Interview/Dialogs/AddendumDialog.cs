using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// A description sent once the état des lieux is complete — something forgotten, often — is not dropped: the bot offers
/// to add it to a commune, as a difficulty or a resource. Ends with true when the addition gave the état des lieux a
/// question again (a difficulty on a theme with no risk level yet).
/// </summary>
public sealed class AddendumDialog : ComponentDialog
{
    private const string Steps = "addendumSteps";
    private const string CommunePrompt = "addendumCommune";
    private const string KindPrompt = "addendumKind";
    private const string CommuneKey = "commune";

    private readonly CurrentParticipant currentParticipant;
    private readonly InterviewService interview;
    private readonly TextAnswerRecorder recorder;

    public AddendumDialog(CurrentParticipant currentParticipant, InterviewService interview, TextAnswerRecorder recorder)
        : base(nameof(AddendumDialog))
    {
        this.currentParticipant = currentParticipant;
        this.interview = interview;
        this.recorder = recorder;

        AddDialog(new WaterfallDialog(Steps, [CommuneStepAsync, KindStepAsync, RecordStepAsync]));
        AddDialog(new ChoicePrompt(CommunePrompt));
        AddDialog(new ChoicePrompt(KindPrompt));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> CommuneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = await currentParticipant.GetAsync(step.Context, ct);
        if (participant is null || participant.Communes.Count == 0)
        {
            return await step.EndDialogAsync(false, ct);
        }
        if (participant.Communes.Count == 1)
        {
            return await step.NextAsync(null, ct);
        }
        return await step.PromptAsync(CommunePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(AddendumTexts.AskCommune),
            RetryPrompt = MessageFactory.Text(AddendumTexts.ChoiceRetry),
            Choices = [.. participant.Communes.Select(c => new Choice(c.Name)), new Choice(AddendumTexts.DoNotAdd)],
        }, ct);
    }

    private async Task<DialogTurnResult> KindStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = (await currentParticipant.GetAsync(step.Context, ct))!;
        if (step.Result is FoundChoice { Index: var index } && index == participant.Communes.Count)
        {
            return await NotAddedAsync(step, ct);
        }

        var commune = participant.Communes[step.Result is FoundChoice chosen ? chosen.Index : 0];
        step.Values[CommuneKey] = commune.Id;
        return await step.PromptAsync(KindPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(participant.Communes.Count == 1
                ? AddendumTexts.AskKindAfterComplete(commune.Name)
                : AddendumTexts.AskKind(commune.Name)),
            RetryPrompt = MessageFactory.Text(AddendumTexts.ChoiceRetry),
            Choices = [new Choice(AddendumTexts.AsDifficulty), new Choice(AddendumTexts.AsResource), new Choice(AddendumTexts.DoNotAdd)],
        }, ct);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var kind = ((FoundChoice)step.Result!).Value switch
        {
            AddendumTexts.AsDifficulty => AnswerKind.Difficulty,
            AddendumTexts.AsResource => AnswerKind.Resource,
            _ => (AnswerKind?)null,
        };
        if (kind is null)
        {
            return await NotAddedAsync(step, ct);
        }

        var participant = (await currentParticipant.GetAsync(step.Context, ct))!;
        var options = OptionsOf(step.Options);
        var communeId = Convert.ToInt32(step.Values[CommuneKey], System.Globalization.CultureInfo.InvariantCulture);
        await recorder.RecordAsync(step.Context, participant, participant, communeId, kind.Value, options.Text, options.SourceActivityId, null, ct);
        return await step.EndDialogAsync(!(await interview.GetPositionAsync(participant, ct)).IsFinished, ct);
    }

    private static async Task<DialogTurnResult> NotAddedAsync(WaterfallStepContext step, CancellationToken ct)
    {
        await step.Context.SendActivityAsync(AddendumTexts.NotAdded, cancellationToken: ct);
        return await step.EndDialogAsync(false, ct);
    }

    /// <summary>Options read back from the dialog state may come as JSON rather than as the type written.</summary>
    private static AddendumOptions OptionsOf(object? persisted) => persisted switch
    {
        AddendumOptions options => options,
        JObject json => json.ToObject<AddendumOptions>() ?? new AddendumOptions(),
        _ => new AddendumOptions(),
    };
}
