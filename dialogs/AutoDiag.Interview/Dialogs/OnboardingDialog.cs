using System.Globalization;
using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// Gets to know an unknown user: role, intercommunalité, communes, then registers them.
/// Ends with the participant's id.
/// </summary>
public sealed class OnboardingDialog : ComponentDialog
{
    private const string Steps = "onboardingSteps";
    private const string RolePrompt = "role";
    private const string IntercommunalityPrompt = "intercommunality";
    private const string CommunesPrompt = "communes";
    private const string ConfirmationPrompt = "confirmation";
    private const string RoleKey = "role";
    private const string IntercommunalityKey = "intercommunality";
    private const string CommunesKey = "communes";

    private static readonly IReadOnlyList<RoleChoice> Roles = RoleChoices.SelfChosen;

    private readonly TerritoryDirectory territories;
    private readonly ParticipantDirectory participants;
    private readonly CurrentParticipant currentParticipant;
    private readonly AccessPolicy access;

    public OnboardingDialog(TerritoryDirectory territories, ParticipantDirectory participants, CurrentParticipant currentParticipant, AccessPolicy access)
        : base(nameof(OnboardingDialog))
    {
        this.territories = territories;
        this.participants = participants;
        this.currentParticipant = currentParticipant;
        this.access = access;

        AddDialog(new WaterfallDialog(Steps, [RoleStepAsync, IntercommunalityStepAsync, CommunesStepAsync, ConfirmStepAsync, RegisterStepAsync]));
        AddDialog(new ChoicePrompt(RolePrompt, ValidateRoleAsync));
        AddDialog(new TextPrompt(IntercommunalityPrompt, ValidateIntercommunalityAsync));
        AddDialog(new AdaptiveCardPrompt(CommunesPrompt, ValidateCommunesAsync, allowTypedText: true));
        AddDialog(new ConfirmPrompt(ConfirmationPrompt, AnswerBeforeConfirmation.ValidateAsync));
        InitialDialogId = Steps;
    }

    /// <summary>
    /// « bonjour » typed after the welcome, which the Teams client shows before the élu writes anything: the question
    /// again, without « Je n'ai pas compris ».
    /// </summary>
    private static Task<bool> ValidateRoleAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded && AnswerVocabulary.IsGreeting(prompt.Context.Activity.Text))
        {
            prompt.AskAsFirst();
        }
        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    private static async Task<DialogTurnResult> RoleStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        await step.PromptAsync(RolePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(OnboardingTexts.AskRole),
            RetryPrompt = MessageFactory.Text(OnboardingTexts.RoleRetry),
            Choices = Roles.Select(r => new Choice { Value = r.Title, Synonyms = r.Synonyms.ToList() }).ToList(),
        }, ct);

    private async Task<DialogTurnResult> IntercommunalityStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values[RoleKey] = (int)Roles[((FoundChoice)step.Result!).Index].Role;
        var all = await territories.ListIntercommunalitiesAsync(ct);
        if (all.Count == 0)
        {
            await step.Context.SendActivityAsync(OnboardingTexts.NoIntercommunality, cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        var prompt = QuickReplies.Message(OnboardingTexts.AskIntercommunality, all.Take(10).Select(i => i.Name));
        return await step.PromptAsync(IntercommunalityPrompt, new PromptOptions { Prompt = prompt }, ct);
    }

    private async Task<DialogTurnResult> CommunesStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var intercommunality = (await MatchIntercommunalityAsync((string)step.Result!, ct)).Found;
        step.Values[IntercommunalityKey] = intercommunality!.Id;
        if ((ParticipantRole)Convert.ToInt32(step.Values[RoleKey], CultureInfo.InvariantCulture) == ParticipantRole.Consultant)
        {
            return await step.NextAsync(null, ct);
        }

        var communes = await territories.ListCommunesAsync(intercommunality.Id, ct);
        var card = CommuneSelectionCard.Create(OnboardingTexts.AskCommunes(intercommunality.Name), communes);
        return await step.PromptAsync(CommunesPrompt, new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Attachment(card),
            Validations = intercommunality.Id,
        }, ct);
    }

    private async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var intercommunalityId = Convert.ToInt32(step.Values[IntercommunalityKey], CultureInfo.InvariantCulture);
        var role = (ParticipantRole)Convert.ToInt32(step.Values[RoleKey], CultureInfo.InvariantCulture);
        IReadOnlyList<string> communeNames = [];
        if (step.Result is JObject submit)
        {
            var communes = await ResolveCommunesAsync(submit, intercommunalityId, ct);
            step.Values[CommunesKey] = string.Join(',', communes.Select(c => c.Id));
            communeNames = communes.Select(c => c.Name).ToList();
        }

        var intercommunality = (await territories.ListIntercommunalitiesAsync(ct)).Single(i => i.Id == intercommunalityId);
        return await step.PromptAsync(ConfirmationPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(OnboardingTexts.Confirm(role, intercommunality.Name, communeNames)),
            RetryPrompt = MessageFactory.Text(OnboardingTexts.ConfirmRetry),
        }, ct);
    }

    private async Task<DialogTurnResult> RegisterStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(OnboardingTexts.StartAgain, cancellationToken: ct);
            return await step.ReplaceDialogAsync(Steps, cancellationToken: ct);
        }

        var communeIds = step.Values.TryGetValue(CommunesKey, out var ids) && ids is string list && list.Length > 0
            ? list.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList()
            : [];
        var activity = step.Context.Activity;
        var participant = await participants.RegisterAsync(new Registration(
            ChannelUser.IdOf(activity),
            activity.From?.Name,
            (ParticipantRole)Convert.ToInt32(step.Values[RoleKey], CultureInfo.InvariantCulture),
            Convert.ToInt32(step.Values[IntercommunalityKey], CultureInfo.InvariantCulture),
            communeIds), ct);
        currentParticipant.Forget(step.Context);
        return await step.EndDialogAsync(participant.Id, ct);
    }

    private async Task<bool> ValidateIntercommunalityAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var typed = prompt.Recognized.Value?.Trim() ?? string.Empty;
        var (found, match) = await MatchIntercommunalityAsync(typed, ct);
        if (found is not null)
        {
            return true;
        }

        var explanation = OnboardingTexts.IntercommunalityNotFound(typed, match.Candidates.Select(c => c.Name).ToList());
        return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, explanation, ct);
    }

    /// <summary>The intercommunalité the user typed when there is no doubt about which one, and the match behind it.</summary>
    private async Task<(IntercommunalitySummary? Found, NameMatch Match)> MatchIntercommunalityAsync(string typed, CancellationToken ct)
    {
        var all = await territories.ListIntercommunalitiesAsync(ct);
        var match = new NameMatcher(all.Select(i => new NamedEntry(i.Id, i.Name))).Match(typed);
        var found = match.Kind is NameMatchKind.Exact or NameMatchKind.Close ? all.Single(i => i.Id == match.Candidates[0].Id) : null;
        return (found, match);
    }

    /// <summary>Someone not registered yet: the refusal names no participant.</summary>
    private async Task<bool> ValidateCommunesAsync(PromptValidatorContext<JObject> prompt, CancellationToken ct) =>
        await CommuneChoice.ValidateAsync(prompt, territories, () =>
        {
            access.LogRefusal(null, ProtectedAction.Answer, CommuneChoice.TamperedIn(Id));
            return Task.CompletedTask;
        }, ct);

    private async Task<IReadOnlyList<CommuneRef>> ResolveCommunesAsync(JObject submit, int intercommunalityId, CancellationToken ct) =>
        CommuneChoice.Resolve(submit, await territories.ListCommunesAsync(intercommunalityId, ct));
}
