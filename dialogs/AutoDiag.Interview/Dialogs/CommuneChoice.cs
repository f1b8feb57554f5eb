using System.Globalization;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Territories;
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
        return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, problem.Explanation, ct);
    }

    /// <summary>Where a tampered list was refused, for <see cref="Knowledge.Participants.AccessPolicy.LogRefusal"/>.</summary>
    public static string TamperedIn(string dialogId) => $"{dialogId}: a commune the card did not offer";

    /// <summary>Why communes given cannot be taken as they are; <c>Tampered</c> for a list only a hand-made submit can hold.</summary>
    private sealed record Problem(string Explanation, bool Tampered = false);

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
            foreach (var (fragment, match) in matches)
            {
                var names = match.Candidates.Select(c => c.Name).ToList();
                switch (match.Kind)
                {
                    case NameMatchKind.Ambiguous:
                        return new Problem(OnboardingTexts.CommuneAmbiguous(fragment, names));
                    case NameMatchKind.NotFound:
                        return new Problem(OnboardingTexts.CommuneNotFound(fragment, names));
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
