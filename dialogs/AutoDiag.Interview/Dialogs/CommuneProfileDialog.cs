using System.Globalization;
using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>What « fiche commune » and « historique fiche » start with; a retry carries the commune and what was typed.</summary>
public sealed class CommuneProfileOptions
{
    /// <summary>Show the last changes instead of the card.</summary>
    public bool History { get; set; }
    public int? CommuneId { get; set; }
    /// <summary>The card's fields as last submitted, to show them again after a problem.</summary>
    public JObject? Draft { get; set; }
}

/// <summary>
/// The fiche commune, filled by the secrétaire de mairie or an élu: choose the commune, fill the card,
/// see each problem explained and the card again with what was typed, or the fiche saved. Begun on top of
/// the interview, which asks its question again when this ends.
/// </summary>
public sealed class CommuneProfileDialog : ComponentDialog
{
    public const int HistoryLength = 5;

    private const string Steps = "communeProfileSteps";
    private const string CommunePrompt = "communeProfileCommune";
    private const string CardPrompt = "communeProfileCard";
    private const string CommuneKey = "communeId";

    private readonly CurrentParticipant currentParticipant;
    private readonly CommuneProfileService profiles;
    private readonly RecapFormatter formatter;

    public CommuneProfileDialog(CurrentParticipant currentParticipant, CommuneProfileService profiles, RecapFormatter formatter)
        : base(nameof(CommuneProfileDialog))
    {
        this.currentParticipant = currentParticipant;
        this.profiles = profiles;
        this.formatter = formatter;

        AddDialog(new WaterfallDialog(Steps, [CommuneStepAsync, CardStepAsync, SaveStepAsync]));
        AddDialog(new ChoicePrompt(CommunePrompt));
        AddDialog(new AdaptiveCardPrompt(CardPrompt, ValidateCardAsync));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> CommuneStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.Options as CommuneProfileOptions ?? new CommuneProfileOptions();
        var participant = await currentParticipant.GetAsync(step.Context, ct);
        if (participant is null || participant.Communes.Count == 0)
        {
            await step.Context.SendActivityAsync(CommuneProfileTexts.NoCommune, cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (options.CommuneId is { } chosen)
        {
            return await step.NextAsync(chosen, ct);
        }
        if (participant.Communes.Count == 1)
        {
            return await step.NextAsync(participant.Communes[0].Id, ct);
        }

        return await step.PromptAsync(CommunePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(options.History ? CommuneProfileTexts.AskCommuneForHistory : CommuneProfileTexts.AskCommune),
            RetryPrompt = MessageFactory.Text(CommuneProfileTexts.CommuneRetry),
            Choices = participant.Communes.Select(c => new Choice(c.Name)).ToList(),
        }, ct);
    }

    private async Task<DialogTurnResult> CardStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.Options as CommuneProfileOptions ?? new CommuneProfileOptions();
        var participant = (await currentParticipant.GetAsync(step.Context, ct))!;
        var commune = step.Result is FoundChoice choice
            ? participant.Communes[choice.Index]
            : participant.Communes.Single(c => c.Id == Convert.ToInt32(step.Result, CultureInfo.InvariantCulture));
        step.Values[CommuneKey] = commune.Id;

        if (options.History)
        {
            await SendHistoryAsync(step.Context, participant, commune, ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        var card = await CardAsync(participant, commune, options.Draft, ct);
        return await step.PromptAsync(CardPrompt, new PromptOptions
        {
            Prompt = card,
            RetryPrompt = WithText(card, CommuneProfileTexts.FillTheCard),
            Validations = CommuneProfileCard.QuestionKey(commune.Id),
        }, ct);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = (await currentParticipant.GetAsync(step.Context, ct))!;
        var communeId = Convert.ToInt32(step.Values[CommuneKey], CultureInfo.InvariantCulture);
        var commune = participant.Communes.Single(c => c.Id == communeId);
        var submit = (JObject)step.Result!;

        var problems = new List<string>();
        var input = CommuneProfileCard.Read(submit, problems);
        if (problems.Count == 0)
        {
            CommuneProfileSaveResult result;
            try
            {
                result = await profiles.SaveAsync(participant, communeId, input, ct);
            }
            catch (AccessDeniedException)
            {
                await step.Context.SendActivityAsync(CommuneProfileTexts.NotAllowed, cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            }
            if (result.Saved is { } saved)
            {
                await step.Context.SendActivityAsync(CommuneProfileTexts.Saved(commune.Name, Summary(saved)), cancellationToken: ct);
                return await step.EndDialogAsync(saved.Id, ct);
            }
            problems.AddRange(result.Problems.Select(p => p.Explanation));
        }

        await step.Context.SendActivityAsync(
            CommuneProfileTexts.NotSaved + Markup.LineBreak + string.Join(Markup.LineBreak, problems.Select(p => $"• {p}")),
            cancellationToken: ct);
        var draft = (JObject)submit.DeepClone();
        draft.Remove(AdaptiveCard.QuestionKeyField);
        return await step.ReplaceDialogAsync(Steps, new CommuneProfileOptions { CommuneId = communeId, Draft = draft }, ct);
    }

    private async Task<bool> ValidateCardAsync(PromptValidatorContext<JObject> prompt, CancellationToken ct)
    {
        var submit = prompt.Recognized.Value;
        if (!prompt.Recognized.Succeeded || submit is null)
        {
            return false;
        }
        if (AdaptiveCard.QuestionKeyOf(submit) != prompt.Options.Validations as string)
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, CommuneProfileTexts.CardOutOfDate, ct);
        }
        if (CommuneProfileCard.IsHistoryRequest(submit))
        {
            var participant = (await currentParticipant.GetAsync(prompt.Context, ct))!;
            var communeId = int.Parse(((string)prompt.Options.Validations!).Split(':')[1], CultureInfo.InvariantCulture);
            await SendHistoryAsync(prompt.Context, participant, participant.Communes.Single(c => c.Id == communeId), ct);
            // The card stays open: the history was a look aside.
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, CommuneProfileTexts.FillTheCard, ct);
        }
        return true;
    }

    private async Task<Activity> CardAsync(ParticipantProfile participant, CommuneRef commune, JObject? draft, CancellationToken ct)
    {
        var current = await profiles.GetCurrentAsync(participant, commune.Id, ct);
        var lastChange = current is null ? null : CommuneProfileTexts.LastChange(Date(current.Revision.ChangedAt), current.ChangedByName);
        var values = draft ?? CommuneProfileCard.ValuesOf(current?.Revision);
        return (Activity)MessageFactory.Attachment(CommuneProfileCard.Create(commune.Name, commune.Id, values, lastChange));
    }

    private async Task SendHistoryAsync(ITurnContext context, ParticipantProfile participant, CommuneRef commune, CancellationToken ct)
    {
        var history = await profiles.GetHistoryAsync(participant, commune.Id, ct);
        if (history.Count == 0)
        {
            await context.SendActivityAsync(CommuneProfileTexts.NoHistory(commune.Name), cancellationToken: ct);
            return;
        }

        var lines = history.Take(HistoryLength).Select((entry, index) =>
        {
            var previous = index + 1 < history.Count ? history[index + 1].Revision : null;
            return CommuneProfileTexts.HistoryLine(Date(entry.Revision.ChangedAt), entry.ChangedByName, Changes(previous, entry.Revision));
        });
        await context.SendActivityAsync(
            CommuneProfileTexts.HistoryTitle(commune.Name) + Markup.LineBreak + string.Join(Markup.LineBreak, lines),
            cancellationToken: ct);
    }

    /// <summary>« Population : 4 120 → 4 180 ; Services : + Pharmacie ».</summary>
    private static string Changes(CommuneProfileRevision? before, CommuneProfileRevision after)
    {
        if (before is null)
        {
            return CommuneProfileTexts.Created;
        }

        var changes = new List<string>();
        void Compare(string field, string? old, string? now)
        {
            if (old != now)
            {
                changes.Add(CommuneProfileTexts.Change(field, old ?? CommuneProfileTexts.Empty, now ?? CommuneProfileTexts.Empty));
            }
        }

        Compare(CommuneProfileTexts.PopulationName, Number(before.Population), Number(after.Population));
        Compare(CommuneProfileTexts.PopulationYearName, before.PopulationYear?.ToString(CultureInfo.InvariantCulture), after.PopulationYear?.ToString(CultureInfo.InvariantCulture));
        Compare(CommuneProfileTexts.HouseholdsName, Number(before.Households), Number(after.Households));
        var added = after.ServiceIds().Except(before.ServiceIds()).Select(CommuneService.Label).ToList();
        var removed = before.ServiceIds().Except(after.ServiceIds()).Select(CommuneService.Label).ToList();
        if (added.Count + removed.Count > 0)
        {
            changes.Add(CommuneProfileTexts.ServicesChange(added, removed));
        }
        Compare(CommuneProfileTexts.AssociationsName, Quote(before.Associations), Quote(after.Associations));
        Compare(CommuneProfileTexts.ContactName, Quote(before.Contact), Quote(after.Contact));
        return changes.Count == 0 ? CommuneProfileTexts.NoChange : string.Join(CommuneProfileTexts.ChangesSeparator, changes);
    }

    /// <summary>« 4 180 habitants (2021) · 1 650 ménages · 3 services · associations : « Club des aînés » (Vieillissement) ».</summary>
    private string Summary(CommuneProfileRevision revision)
    {
        var parts = new List<string>();
        if (revision.Population is { } population)
        {
            parts.Add(CommuneProfileTexts.Inhabitants(FrenchText.Number(population), revision.PopulationYear));
        }
        if (revision.Households is { } households)
        {
            parts.Add(CommuneProfileTexts.Households(FrenchText.Number(households)));
        }
        parts.Add(CommuneProfileTexts.ServiceCount(revision.ServiceIds().Count));
        if (Quote(revision.Associations) is { } associations)
        {
            var themes = revision.AssociationThemeIds();
            parts.Add(CommuneProfileTexts.Associations(associations, themes.Count == 0 ? null : string.Join(", ", formatter.ShortLabels(themes))));
        }
        return string.Join(" · ", parts);
    }

    private static string? Number(int? value) => value is { } v ? FrenchText.Number(v) : null;

    private static string? Quote(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var shown = LongText.Excerpt(text, 60);
        return $"«\u00A0{Markup.Escape(shown)}\u00A0»";
    }

    /// <summary>The date as the participant reads it, in France.</summary>
    private static string Date(DateTime utc)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var paris)
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), paris)
            : utc;
        return local.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    }

    private static Activity WithText(Activity card, string text)
    {
        var retry = (Activity)MessageFactory.Attachment(card.Attachments[0]);
        retry.Text = text;
        return retry;
    }
}
