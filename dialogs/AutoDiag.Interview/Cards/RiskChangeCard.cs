using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The acknowledgement of a risk level, with « Changer le niveau » one tap away: the three levels, and « Enregistrer ».
/// The submit names the risk by its respondent, commune and theme, so that it works on a card sent days ago.
/// </summary>
public static class RiskChangeCard
{
    public const string ChangeRiskAction = "changeRisk";
    public const string RespondentField = "respondentId";
    public const string CommuneField = "communeId";
    public const string ThemeField = "themeId";

    /// <summary>Set on the offer's submit: the change is then said in the offer's place.</summary>
    private const string OfferField = "offer";

    /// <param name="level">The level given, chosen already when the card unfolds.</param>
    /// <param name="theme">The theme's label, named on the unfolded levels: they sit right above the next risk question's own.</param>
    public static Attachment Create(string acknowledgement, int respondentId, int communeId, string themeId, string theme, RiskLevel level) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Text(acknowledgement)],
            [AdaptiveCard.ShowCard(
                InterviewTexts.ChangeRiskLevel,
                [AdaptiveCard.ChoiceSet(
                    RiskCard.LevelField, InterviewTexts.NewRiskLevelLabel(theme), RiskCard.LevelChoices, multiSelect: false, InterviewTexts.RiskLevelRequired,
                    RiskCard.ValueOf(level))],
                [AdaptiveCard.Submit(InterviewTexts.RiskSubmit, ChangeData(respondentId, communeId, themeId))])]);

    /// <summary>
    /// « non en fait c'est modéré » typed after a level was given: that level's change, one button, the level chosen
    /// already. Its submit is the unfolded card's.
    /// </summary>
    public static Attachment CreateOffer(string ask, RiskLevelChangeService.GivenRisk given, RiskLevel level) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Text(ask)],
            [AdaptiveCard.Submit(InterviewTexts.ChangeRiskTo(InterviewTexts.RiskLevelName(level)), ChangeData(
                given.RespondentId, given.CommuneId, given.ThemeId, (RiskCard.LevelField, RiskCard.ValueOf(level)), (OfferField, "1")))]);

    /// <summary>What names the risk level to change, the same in both submits (<see cref="TryRead"/>).</summary>
    private static JObject ChangeData(int respondentId, int communeId, string themeId, params (string Name, string Value)[] more) =>
        CardActions.Data(ChangeRiskAction,
        [
            (RespondentField, respondentId.ToString(CultureInfo.InvariantCulture)),
            (CommuneField, communeId.ToString(CultureInfo.InvariantCulture)),
            (ThemeField, themeId),
            .. more,
        ]);

    public static bool IsChange(object? value) => CardActions.Of(value) == ChangeRiskAction;

    /// <summary>The submit came from <see cref="CreateOffer"/>, not from an acknowledgement's « Changer le niveau ».</summary>
    public static bool IsFromOffer(JObject submit) => submit.Text(OfferField) is not null;

    /// <summary>The risk level to change and the level chosen; false when the submit was tampered with or no level was chosen.</summary>
    public static bool TryRead(JObject submit, out int respondentId, out int communeId, out string themeId, out string? level)
    {
        themeId = submit.Text(ThemeField) ?? string.Empty;
        level = submit.Text(RiskCard.LevelField);
        communeId = 0;
        return int.TryParse(submit.Text(RespondentField), NumberStyles.None, CultureInfo.InvariantCulture, out respondentId)
            && int.TryParse(submit.Text(CommuneField), NumberStyles.None, CultureInfo.InvariantCulture, out communeId)
            && themeId.Length > 0;
    }
}
