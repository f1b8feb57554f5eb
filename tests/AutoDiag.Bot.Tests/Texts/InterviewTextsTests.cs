using AutoDiag.Interview.Texts;

namespace AutoDiag.Bot.Tests.Texts;

public sealed class InterviewTextsTests
{
    [Theory]
    [InlineData(0, "Quelles difficultés sociales observez-vous à Merville")]
    [InlineData(1, "Une difficulté est déjà notée. Quelles difficultés sociales observez-vous à Merville")]
    [InlineData(3, "3 difficultés sont déjà notées. Quelles difficultés sociales observez-vous à Merville")]
    public void The_difficulties_question_asked_whole_says_how_many_are_noted_already(int noted, string expected) =>
        Assert.StartsWith(expected, InterviewTexts.AskDifficulties("Merville", noted), StringComparison.Ordinal);

    [Theory]
    [InlineData(0, "Quelles ressources existent à Merville")]
    [InlineData(1, "Une ressource est déjà notée. Quelles ressources existent à Merville")]
    [InlineData(2, "2 ressources sont déjà notées. Quelles ressources existent à Merville")]
    public void The_resources_question_asked_whole_says_how_many_are_noted_already(int noted, string expected) =>
        Assert.StartsWith(expected, InterviewTexts.AskResources("Merville", noted), StringComparison.Ordinal);
}
