using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Interview;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Cards;

/// <summary>The risk-of-aggravation question: faible / modéré / élevé, with an optional reason.</summary>
public static class RiskCard
{
    public const string LevelField = "level";
    public const string CommentField = "comment";

    public static Attachment Create(string progress, string question, string questionKey) => AdaptiveCard.Create(
        [
            AdaptiveCard.Text(progress, subtle: true),
            AdaptiveCard.Text(question, bold: true),
            AdaptiveCard.ChoiceSet(
                LevelField,
                InterviewTexts.RiskLevelLabel,
                [("Faible", "faible"), ("Modéré", "modere"), ("Élevé", "eleve")],
                multiSelect: false,
                InterviewTexts.RiskLevelRequired),
            AdaptiveCard.TextInput(CommentField, InterviewTexts.RiskCommentLabel, InterviewService.RiskCommentMaxLength),
            AdaptiveCard.Text(InterviewTexts.RiskTypedHint, subtle: true),
        ],
        InterviewTexts.RiskSubmit,
        questionKey);
}
