using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// « Corriger les thèmes »: one tap unfolds the ten themes as toggles, the recognised ones on. Used for an élu's
/// answer (in its acknowledgement and in the consultant's listings) and for a témoignage.
/// </summary>
public static class ThemeCorrectionCard
{
    public const string ActionField = CardActions.Field;
    public const string CorrectThemesAction = "correctThemes";
    public const string AnswerIdField = "answerId";
    public const string TestimonyIdField = "testimonyId";
    private const string ThemeFieldPrefix = "theme:";

    /// <summary>The acknowledgement of an élu's answer, with its correction one tap away, and its withdrawal two.</summary>
    public static Attachment Create(string acknowledgement, long answerId, IReadOnlyCollection<string> themeIds, ThemeCatalog themes) =>
        AdaptiveCard.Create([AdaptiveCard.Text(acknowledgement)], [ForAnswer(answerId, themeIds, themes), AnswerWithdrawalCard.ForAnswer(answerId)]);

    /// <param name="listing">The listing the answer is shown in, if any: its submit carries it, so that the listing can be
    /// shown again with the correction.</param>
    public static JObject ForAnswer(long answerId, IReadOnlyCollection<string> themeIds, ThemeCatalog themes, params (string Name, string Value)[] listing) =>
        Correction(CorrectThemesAction, InterviewTexts.CorrectThemesHelp, AnswerIdField, answerId.ToString(CultureInfo.InvariantCulture), themeIds, themes, listing);

    public static JObject ForTestimony(int testimonyId, IReadOnlyCollection<string> themeIds, ThemeCatalog themes) =>
        Correction(CardActions.CorrectTestimonyThemes, InterviewTexts.CorrectTestimonyThemesHelp, TestimonyIdField, testimonyId.ToString(CultureInfo.InvariantCulture), themeIds, themes);

    public static bool IsCorrection(object? value) => CardActions.Of(value) == CorrectThemesAction;

    /// <summary>The answer and the themes checked, in the catalog's order; false when the submit was tampered with.</summary>
    public static bool TryRead(JObject submit, ThemeCatalog themes, out long answerId, out IReadOnlyList<string> themeIds)
    {
        var key = submit.Text(AnswerIdField);
        themeIds = CheckedThemes(submit, key, themes);
        return long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out answerId);
    }

    /// <summary>The testimony and the themes checked, in the catalog's order; false when the submit was tampered with.</summary>
    public static bool TryReadTestimony(JObject submit, ThemeCatalog themes, out int testimonyId, out IReadOnlyList<string> themeIds)
    {
        var key = submit.Text(TestimonyIdField);
        themeIds = CheckedThemes(submit, key, themes);
        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out testimonyId);
    }

    /// <summary>
    /// The toggles are named after what they correct, so that a listing can hold several corrections:
    /// a card's input ids must be unique.
    /// </summary>
    private static JObject Correction(
        string action, string help, string idField, string id, IReadOnlyCollection<string> themeIds, ThemeCatalog themes,
        params (string Name, string Value)[] context) =>
        AdaptiveCard.ShowCard(
            InterviewTexts.CorrectThemes,
            [
                AdaptiveCard.Text(help, subtle: true),
                .. themes.All.Select(t => AdaptiveCard.Toggle(ToggleId(t.Id, id), $"{t.Icon} {t.Label}", themeIds.Contains(t.Id))),
            ],
            [AdaptiveCard.Submit(InterviewTexts.CorrectThemesSubmit, CardActions.Data(action, [(idField, id), .. context]))]);

    private static string ToggleId(string themeId, string target) => $"{ThemeFieldPrefix}{themeId}:{target}";

    private static List<string> CheckedThemes(JObject submit, string? target, ThemeCatalog themes) =>
        target is null
            ? []
            : themes.All.Where(t => submit.Text(ToggleId(t.Id, target)) == "true").Select(t => t.Id).ToList();
}
