using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Cards;

/// <summary>The risk-of-aggravation question: faible / modéré / élevé, with an optional reason.</summary>
public static class RiskCard
{
    public const string LevelField = "level";
    public const string CommentField = "comment";

    /// <summary>The three levels, as the card offers them (the values <c>TypedRiskLevel.TryParseCardValue</c> reads).</summary>
    public static readonly IReadOnlyList<(string Title, string Value)> LevelChoices = [("Faible", "faible"), ("Modéré", "modere"), ("Élevé", "eleve")];

    /// <summary>The card's value of a level (<see cref="LevelChoices"/>, in the enum's order).</summary>
    public static string ValueOf(RiskLevel level) => LevelChoices[(int)level - 1].Value;

    /// <param name="about">What the élu said that raised the theme, if known: one line above the question.</param>
    public static Attachment Create(string progress, string question, string questionKey, string? about = null) => AdaptiveCard.Create(
        [
            AdaptiveCard.Text(progress, subtle: true),
            .. about is null ? Array.Empty<Newtonsoft.Json.Linq.JObject>() : [AdaptiveCard.Text(about, subtle: true)],
            AdaptiveCard.Text(question, bold: true),
            AdaptiveCard.ChoiceSet(
                LevelField,
                InterviewTexts.RiskLevelLabel,
                LevelChoices,
                multiSelect: false,
                InterviewTexts.RiskLevelRequired),
            AdaptiveCard.TextInput(CommentField, InterviewTexts.RiskCommentLabel, InterviewService.RiskCommentMaxLength),
            AdaptiveCard.Text(InterviewTexts.RiskTypedHint, subtle: true),
        ],
        InterviewTexts.RiskSubmit,
        questionKey);
}
