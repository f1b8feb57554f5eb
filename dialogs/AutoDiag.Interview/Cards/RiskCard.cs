using AutoDiag.Interview.Texts;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Cards;

/// <summary>The risk-of-aggravation question: faible / modéré / élevé, with an optional reason.</summary>
public static class RiskCard
{
    public const string LevelField = "level";
    public const string CommentField = "comment";
    public const int CommentMaxLength = 1000;

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
            AdaptiveCard.TextInput(CommentField, InterviewTexts.RiskCommentLabel, CommentMaxLength),
            AdaptiveCard.Text(InterviewTexts.RiskTypedHint, subtle: true),
        ],
        InterviewTexts.RiskSubmit,
        questionKey);
}
