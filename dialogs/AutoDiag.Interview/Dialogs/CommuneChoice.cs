using System.Globalization;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// Reads the answer to a <see cref="CommuneSelectionCard"/>: the boxes checked, or the names typed instead
/// (same rules as the onboarding's).
/// </summary>
internal static class CommuneChoice
{
    /// <summary>
    /// The validator of a communes prompt whose <see cref="PromptOptions.Validations"/> is the intercommunalité's id: the
    /// question again, with why, when the communes cannot be taken as they are. A commune the card did not offer can
    /// only come from a hand-made submit: refused like the others, and <paramref name="logTampered"/> records it.
    /// </summary>
    public static async Task<bool> ValidateAsync(
        PromptValidatorContext<JObject> prompt, TerritoryDirectory territories, Func<Task> logTampered, CancellationToken ct)
    {
        var intercommunalityId = Convert.ToInt32(prompt.Options.Validations, CultureInfo.InvariantCulture);
        return await ValidateAsync(prompt, await territories.ListCommunesAsync(intercommunalityId, ct), logTampered, ct);
    }

    /// <summary>The same, for a card that offered <paramref name="offered"/> only.</summary>
    public static async Task<bool> ValidateAsync(
        PromptValidatorContext<JObject> prompt, IReadOnlyList<CommuneRef> offered, Func<Task> logTampered, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded || prompt.Recognized.Value is not { } submit)
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, OnboardingTexts.CommunesNone, ct);
        }

        var problem = ProblemOf(submit, offered);
        if (problem is null)
        {
            return true;
        }
        if (problem.Tampered)
        {
            await logTampered();
        }
        if (problem.Recognized is { Count: > 0 } recognized && WithChecked(prompt.Options, recognized) is { } again)
        {
            // « merville, estaire et st jans »: the two found stay, checked on the card, while the third is asked about.
            var kept = OnboardingTexts.CommunesKept(recognized.Select(c => c.Name).ToList());
            return await PromptRejection.RejectAsync(prompt.Context, again, $"{kept} {problem.Explanation}", ct);
        }
        return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, problem.Explanation, ct);
    }

    /// <summary>The same question, its card's boxes checked for <paramref name="communes"/>; null if it has no such card.</summary>
    private static PromptOptions? WithChecked(PromptOptions options, IReadOnlyList<CommuneRef> communes)
    {
        if (options.Prompt is not Activity { Attachments: [{ Content: JObject card } attachment] } activity)
        {
            return null;
        }
        var checkedCard = (JObject)card.DeepClone();
        if (checkedCard.SelectToken($"$..[?(@.id == '{CommuneSelectionCard.CommunesField}')]") is not JObject choiceSet)
        {
            return null;
        }
        choiceSet["value"] = string.Join(',', communes.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)));
        var prompt = (Activity)MessageFactory.Attachment(new Attachment(attachment.ContentType, content: checkedCard), activity.Text);
        return new PromptOptions { Prompt = prompt, Validations = options.Validations, Style = options.Style };
    }

    /// <summary>Where a tampered list was refused, for <see cref="Knowledge.Participants.AccessPolicy.LogRefusal"/>.</summary>
    public static string TamperedIn(string dialogId) => $"{dialogId}: a commune the card did not offer";

    /// <summary>
    /// Why communes given cannot be taken as they are; <c>Tampered</c> for a list only a hand-made submit can hold;
    /// <c>Recognized</c>, the communes of a typed list that were found.
    /// </summary>
    private sealed record Problem(string Explanation, bool Tampered = false, IReadOnlyList<CommuneRef>? Recognized = null);

    /// <summary>Why the communes given cannot be taken as they are, or null when they can.</summary>
    private static Problem? ProblemOf(JObject submit, IReadOnlyList<CommuneRef> communes)
    {
        if (submit.Text(AdaptiveCardPrompt.TypedTextField) is { } typed)
        {
            var matches = new NameMatcher(communes.Select(c => new NamedEntry(c.Id, c.Name))).MatchList(typed);
            if (matches.Count == 0)
            {
                return new Problem(OnboardingTexts.CommunesNone);
            }
            var recognized = matches.Where(m => m.Match.Kind is NameMatchKind.Exact or NameMatchKind.Close)
                .Select(m => communes.Single(c => c.Id == m.Match.Candidates[0].Id)).Distinct().ToList();
            foreach (var (fragment, match) in matches)
            {
                var names = match.Candidates.Select(c => c.Name).ToList();
                switch (match.Kind)
                {
                    case NameMatchKind.Ambiguous:
                        return new Problem(OnboardingTexts.CommuneAmbiguous(fragment, names), Recognized: recognized);
                    case NameMatchKind.NotFound:
                        return new Problem(OnboardingTexts.CommuneNotFound(fragment, names), Recognized: recognized);
                }
            }
            return null;
        }

        return CommuneSelectionCard.ReadSelection(submit) switch
        {
            null => new Problem(OnboardingTexts.CommunesTampered, Tampered: true),
            [] => new Problem(OnboardingTexts.CommunesNone),
            var ids when ids.Any(id => communes.All(c => c.Id != id)) => new Problem(OnboardingTexts.CommunesTampered, Tampered: true),
            _ => null,
        };
    }

    /// <summary>The communes of an answer <see cref="ProblemOf"/> accepted, in the order given.</summary>
    public static IReadOnlyList<CommuneRef> Resolve(JObject submit, IReadOnlyList<CommuneRef> communes)
    {
        if (submit.Text(AdaptiveCardPrompt.TypedTextField) is { } typed)
        {
            return new NameMatcher(communes.Select(c => new NamedEntry(c.Id, c.Name))).MatchList(typed)
                .Select(m => m.Match.Candidates[0].Id)
                .Distinct()
                .Select(id => communes.Single(c => c.Id == id))
                .ToList();
        }
        return CommuneSelectionCard.ReadSelection(submit)!.Distinct().Select(id => communes.Single(c => c.Id == id)).ToList();
    }
}
