using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

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

    /// <summary>
    /// The card sends the checked values as « 3,5,8 »: empty when nothing is checked, null when the
    /// field is not a list of ids (a tampered submit).
    /// </summary>
    public static List<int>? ReadSelection(JObject submit)
    {
        if (submit[CommunesField] is not JValue { Type: JTokenType.String or JTokenType.Null } field)
        {
            return submit.ContainsKey(CommunesField) ? null : [];
        }

        var ids = new List<int>();
        foreach (var part in ((string?)field ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return null;
            }
            ids.Add(id);
        }
        return ids;
    }
}
