using System.Globalization;
using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « Saisie pour le compte de »: a secrétaire de mairie or a consultant picks an élu (a registered one,
/// or a name for one who never opens Teams) and types that élu's answers through the same interview.
/// </summary>
public sealed class RelayDialog : ComponentDialog
{
    private const string Steps = "relaySteps";
    private const string EluPrompt = "relayElu";
    private const string ConfirmNewEluPrompt = "relayConfirmNewElu";
    private const string DidYouMeanPrompt = "relayDidYouMean";
    private const string CommunesPrompt = "relayCommunes";
    private const string EluIdKey = "eluId";
    private const string NewEluNameKey = "newEluName";
    private const string SuggestedEluKey = "suggestedElu";

    /// <summary>In the relay's own instance state, once the interview began: whose answers are being typed.</summary>
    private const string RelayedEluKey = "relayedElu";
    private const int MaxQuickReplies = 10;

    private readonly CurrentParticipant currentParticipant;
    private readonly ParticipantDirectory participants;
    private readonly TerritoryDirectory territories;
    private readonly AccessPolicy access;

    public RelayDialog(
        CurrentParticipant currentParticipant, ParticipantDirectory participants, TerritoryDirectory territories, AccessPolicy access,
        CommuneInterviewDialog communeInterview)
        : base(nameof(RelayDialog))
    {
        this.currentParticipant = currentParticipant;
        this.participants = participants;
        this.territories = territories;
        this.access = access;

        AddDialog(new WaterfallDialog(Steps, [AskEluStepAsync, ConfirmNewEluStepAsync, NewEluCommunesStepAsync, InterviewStepAsync, EndedStepAsync]));
        AddDialog(new TextPrompt(EluPrompt, ValidateEluAsync));
        AddDialog(new ConfirmPrompt(ConfirmNewEluPrompt, AnswerBeforeConfirmation.ValidateAsync));
        AddDialog(new TextPrompt(DidYouMeanPrompt, ValidateDidYouMeanAsync));
        AddDialog(new AdaptiveCardPrompt(CommunesPrompt, ValidateCommunesAsync, allowTypedText: true));
        AddDialog(communeInterview);
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> AskEluStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var typist = await currentParticipant.GetAsync(step.Context, ct);
        if (typist is null || typist.Role == ParticipantRole.Elu)
        {
            access.LogRefusal(typist, ProtectedAction.RelayAnswers, Id);
            await step.Context.SendActivityAsync(RelayTexts.NotAllowed, cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        if (step.Options is string retyped)
        {
            // A name typed at « Vouliez-vous dire… ? » instead of oui or non: looked up afresh.
            return await step.NextAsync(retyped, ct);
        }
        var elus = await ElusOfAsync(typist, ct);
        var prompt = QuickReplies.Message(elus.Count == 0 ? RelayTexts.AskFirstElu : RelayTexts.AskElu, elus.Take(MaxQuickReplies).Select(e => e.DisplayName ?? string.Empty));
        return await step.PromptAsync(EluPrompt, new PromptOptions { Prompt = prompt }, ct);
    }

    /// <summary>
    /// The élu whose answers the relay active in <paramref name="dc"/> is typing, or null when no relay is the active
    /// dialog there (a fiche commune opened above it, say) or it has not reached the interview: « pause » and « récap »
    /// are then about that élu, not about the secrétaire.
    /// </summary>
    public static int? RelayedEluIn(DialogContext dc) =>
        dc.ActiveDialog is { Id: nameof(RelayDialog) } relay && relay.State.TryGetValue(RelayedEluKey, out var id)
            ? Convert.ToInt32(id, CultureInfo.InvariantCulture)
            : null;

    private async Task<DialogTurnResult> ConfirmNewEluStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var typist = (await currentParticipant.GetAsync(step.Context, ct))!;
        var typed = ((string)step.Result!).Trim();
        // « Jean Martin maire adjoint »: the function is not part of the name, neither to find him nor to add him.
        var stripped = EluTitleStripper.Strip(typed);
        var (found, close) = await FindEluAsync(typist, typed, stripped, ct);
        if (found is not null)
        {
            step.Values[EluIdKey] = found.Id;
            return await step.NextAsync(null, ct);
        }

        var name = FrenchText.CapitalizeName(stripped);
        step.Values[NewEluNameKey] = name;
        if (close is not null)
        {
            // « Jean Martn » for « Jean Martin »: a typo would otherwise register the same élu twice.
            step.Values[SuggestedEluKey] = close.Id;
            return await step.PromptAsync(DidYouMeanPrompt, new PromptOptions
            {
                Prompt = QuickReplies.Message(RelayTexts.DidYouMean(Markup.Escape(close.DisplayName), Markup.Escape(name)), ConfirmPrompt.Replies),
            }, ct);
        }

        // A secrétaire of one commune adds an élu of it; with several, or for a consultant, the communes are asked next.
        var ofWhere = typist.Communes.Count == 1
            ? FrenchText.Of(typist.Communes[0].Name)
            : FrenchText.OfIntercommunality(typist.IntercommunalityName);
        return await step.PromptAsync(ConfirmNewEluPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(RelayTexts.ConfirmNewElu(Markup.Escape(name), ofWhere)),
        }, ct);
    }

    private async Task<DialogTurnResult> NewEluCommunesStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Values.ContainsKey(EluIdKey))
        {
            return await step.NextAsync(null, ct);
        }
        if (step.Values.TryGetValue(SuggestedEluKey, out var suggested))
        {
            // « oui »: that élu; « non »: the name as typed, as the question said; another name: looked up afresh.
            switch (ConfirmPrompt.YesOrNo((string)step.Result!))
            {
                case true:
                    step.Values[EluIdKey] = suggested;
                    return await step.NextAsync(null, ct);
                case null:
                    return await step.ReplaceDialogAsync(Steps, ((string)step.Result!).Trim(), ct);
            }
        }
        else if (step.Result is not true)
        {
            // Often the name was mistyped: the right one comes next, and must not be taken for an answer.
            await step.Context.SendActivityAsync(RelayTexts.Cancelled, cancellationToken: ct);
            return await step.ReplaceDialogAsync(Steps, cancellationToken: ct);
        }

        var typist = (await currentParticipant.GetAsync(step.Context, ct))!;
        var communes = await NewEluCommunesOfAsync(typist, ct);
        if (communes.Count == 1)
        {
            return await step.NextAsync(new List<int> { communes[0].Id }, ct);
        }
        var card = CommuneSelectionCard.Create(RelayTexts.AskNewEluCommunes, communes);
        return await step.PromptAsync(CommunesPrompt, new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Attachment(card),
            Validations = typist.IntercommunalityId,
        }, ct);
    }

    /// <summary>The communes a new élu may be added for: the secrétaire's own, or the intercommunalité's for a consultant.</summary>
    private async Task<IReadOnlyList<CommuneRef>> NewEluCommunesOfAsync(ParticipantProfile typist, CancellationToken ct) =>
        typist.Communes.Count > 0 ? typist.Communes : await territories.ListCommunesAsync(typist.IntercommunalityId, ct);

    private async Task<DialogTurnResult> InterviewStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var typist = (await currentParticipant.GetAsync(step.Context, ct))!;
        ParticipantProfile elu;
        if (step.Values.TryGetValue(EluIdKey, out var id))
        {
            elu = (await participants.GetAsync(Convert.ToInt32(id, CultureInfo.InvariantCulture), ct))!;
        }
        else
        {
            var communeIds = step.Result is JObject submit
                ? CommuneChoice.Resolve(submit, await NewEluCommunesOfAsync(typist, ct)).Select(c => c.Id).ToList()
                : (IReadOnlyList<int>)step.Result!;
            elu = await participants.RegisterRelayedEluAsync((string)step.Values[NewEluNameKey], typist.IntercommunalityId, communeIds, ct);
        }

        if (step.Parent?.Stack.FirstOrDefault(instance => instance.Id == Id) is { } relay)
        {
            relay.State[RelayedEluKey] = elu.Id;
        }
        await step.Context.SendActivityAsync(RelayTexts.Starting(Markup.Escape(elu.DisplayName)), cancellationToken: ct);
        return await step.BeginDialogAsync(nameof(CommuneInterviewDialog), new InterviewLoopOptions { SubjectParticipantId = elu.Id }, ct);
    }

    /// <summary>What a relay that went through the élu's interview ends with, for the dialog it was opened over.</summary>
    internal static readonly object Ended = new();

    private static Task<DialogTurnResult> EndedStepAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.EndDialogAsync(Ended, ct);

    private static async Task<bool> ValidateEluAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var typed = prompt.Recognized.Value?.Trim() ?? string.Empty;
        // « oui » answers a question asked before, not « pour quel élu ? ».
        return (typed.Any(char.IsLetter) && !ConfirmPrompt.IsYesOrNo(typed))
            ? await HasNameAsync(prompt, typed, ct)
            : await PromptRejection.RejectAsync(prompt.Context, prompt.Options, RelayTexts.NameMissing, ct);
    }

    /// <summary>« oui », « non » or another name.</summary>
    private static async Task<bool> ValidateDidYouMeanAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var typed = prompt.Recognized.Value?.Trim() ?? string.Empty;
        return typed.Any(char.IsLetter)
            ? ConfirmPrompt.IsYesOrNo(typed) || await HasNameAsync(prompt, typed, ct)
            : await PromptRejection.RejectAsync(prompt.Context, prompt.Options, RelayTexts.NameMissing, ct);
    }

    /// <summary>« le maire » alone is asked back: an élu registered as « Maire » would be nobody.</summary>
    private static async Task<bool> HasNameAsync(PromptValidatorContext<string> prompt, string typed, CancellationToken ct) =>
        EluTitleStripper.Strip(typed).Length > 0
        || await PromptRejection.RejectAsync(prompt.Context, prompt.Options, RelayTexts.NameMissingAfterFunction, ct);

    private async Task<bool> ValidateCommunesAsync(PromptValidatorContext<JObject> prompt, CancellationToken ct)
    {
        var typist = await currentParticipant.GetAsync(prompt.Context, ct);
        return await CommuneChoice.ValidateAsync(prompt, await NewEluCommunesOfAsync(typist!, ct), () =>
        {
            access.LogRefusal(typist, ProtectedAction.RelayAnswers, CommuneChoice.TamperedIn(Id));
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>The élus the typist may relay: those of her communes, or of the whole intercommunalité for a consultant.</summary>
    private async Task<IReadOnlyList<ParticipantProfile>> ElusOfAsync(ParticipantProfile typist, CancellationToken ct)
    {
        var communeIds = typist.Communes.Count > 0
            ? typist.Communes.Select(c => c.Id).ToList()
            : (await territories.ListCommunesAsync(typist.IntercommunalityId, ct)).Select(c => c.Id).ToList();
        return await participants.ListElusAsync(typist.IntercommunalityId, communeIds, ct);
    }

    /// <summary>
    /// The élu named by <paramref name="name"/> (<paramref name="typed"/> without civility or function); else the one a
    /// small typo away, or the one of that surname, if a single one is.
    /// </summary>
    private async Task<(ParticipantProfile? Found, ParticipantProfile? Close)> FindEluAsync(ParticipantProfile typist, string typed, string name, CancellationToken ct)
    {
        var elus = (await ElusOfAsync(typist, ct)).Where(e => !string.IsNullOrWhiteSpace(e.DisplayName)).ToList();
        if (elus.Count == 0)
        {
            return (null, null);
        }
        var matcher = new NameMatcher(elus.Select(e => new NamedEntry(e.Id, e.DisplayName!)));
        var match = MatchEitherWayRound(matcher, name);
        if (match.Kind != NameMatchKind.Exact && name != typed && MatchEitherWayRound(matcher, typed) is { Kind: NameMatchKind.Exact } asTyped)
        {
            // A registered « Bruno Le Maire »: a surname that reads like a function.
            match = asTyped;
        }
        if (match.Kind == NameMatchKind.NotFound && BySurname(elus, name) is { } namesake)
        {
            // « M. Martin »: a surname alone is asked about, never taken, as another Martin may be meant.
            return (null, namesake);
        }
        var candidate = match.Candidates.Count > 0 ? elus.Single(e => e.Id == match.Candidates[0].Id) : null;
        return match.Kind switch
        {
            NameMatchKind.Exact => (candidate, null),
            NameMatchKind.Close => (null, candidate),
            _ => (null, null),
        };
    }

    /// <summary>The one élu whose name is <paramref name="name"/> after a first name: Jean Martin for « Martin ».</summary>
    private static ParticipantProfile? BySurname(List<ParticipantProfile> elus, string name)
    {
        var surnames = elus
            .Select(e => new NamedEntry(e.Id, string.Join(' ', e.DisplayName!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1))))
            .Where(surname => surname.Name.Any(char.IsLetter));
        var match = new NameMatcher(surnames).Match(name);
        return match.Kind == NameMatchKind.Exact ? elus.Single(e => e.Id == match.Candidates[0].Id) : null;
    }

    private static NameMatch MatchEitherWayRound(NameMatcher matcher, string name)
    {
        var match = matcher.Match(name);
        if (match.Kind is not (NameMatchKind.Exact or NameMatchKind.Close) && name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 2 } words)
        {
            // « MARTIN Jean »: the surname first, as on forms and lists.
            match = matcher.Match($"{words[1]} {words[0]}");
        }
        return match;
    }
}
