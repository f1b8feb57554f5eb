using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Cards;

/// <summary>The communes of the intercommunalité as check boxes; names can be typed instead.</summary>
public static class CommuneSelectionCard
{
    public const string CommunesField = "communes";
    public const string QuestionKey = "onboarding:communes";

    public static Attachment Create(string question, IEnumerable<CommuneRef> communes) => AdaptiveCard.Create(
        [
            AdaptiveCard.Text(question),
            AdaptiveCard.ChoiceSet(
                CommunesField,
                OnboardingTexts.CommunesCardTitle,
                communes.Select(c => (c.Name, c.Id.ToString(CultureInfo.InvariantCulture))),
                multiSelect: true,
                OnboardingTexts.CommunesNone),
        ],
        OnboardingTexts.CommunesSubmit,
        QuestionKey);
}
