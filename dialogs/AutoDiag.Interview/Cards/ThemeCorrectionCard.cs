using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The acknowledgement of an answer, with the themes recognised and, one tap away, the ten themes
/// as toggles to correct them.
/// </summary>
public static class ThemeCorrectionCard
{
    public const string ActionField = "action";
    public const string CorrectThemesAction = "correctThemes";
    public const string AnswerIdField = "answerId";
    private const string ThemeFieldPrefix = "theme:";

    public static Attachment Create(string acknowledgement, long answerId, IReadOnlyCollection<string> themeIds, ThemeCatalog themes) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Text(acknowledgement)],
            [
                AdaptiveCard.ShowCard(
                    InterviewTexts.CorrectThemes,
                    [
                        AdaptiveCard.Text(InterviewTexts.CorrectThemesHelp, subtle: true),
                        .. themes.All.Select(t => AdaptiveCard.Toggle(ThemeFieldPrefix + t.Id, $"{t.Icon} {t.Label}", themeIds.Contains(t.Id))),
                    ],
                    [
                        AdaptiveCard.Submit(InterviewTexts.CorrectThemesSubmit, new JObject
                        {
                            [ActionField] = CorrectThemesAction,
                            [AnswerIdField] = answerId.ToString(CultureInfo.InvariantCulture),
                        }),
                    ]),
            ]);

    public static bool IsCorrection(object? value) =>
        value is JObject submit && submit.Value<string>(ActionField) == CorrectThemesAction;

    /// <summary>The answer and the themes checked, in the catalog's order; false when the submit was tampered with.</summary>
    public static bool TryRead(JObject submit, ThemeCatalog themes, out long answerId, out IReadOnlyList<string> themeIds)
    {
        themeIds = themes.All
            .Where(t => submit.Value<string>(ThemeFieldPrefix + t.Id) == "true")
            .Select(t => t.Id)
            .ToList();
        return long.TryParse(submit.Value<string>(AnswerIdField), NumberStyles.None, CultureInfo.InvariantCulture, out answerId);
    }
}
