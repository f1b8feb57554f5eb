using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Bot.Tests.Texts;

public sealed class InterviewTextsTests
{
    [Theory]
    [InlineData(AnswerKind.Difficulty, 0, "Quelles difficultés sociales observez-vous à Merville")]
    [InlineData(AnswerKind.Difficulty, 1, "Une difficulté est déjà notée. Quelles difficultés sociales observez-vous à Merville")]
    [InlineData(AnswerKind.Difficulty, 3, "3 difficultés sont déjà notées. Quelles difficultés sociales observez-vous à Merville")]
    [InlineData(AnswerKind.Resource, 0, "Quelles ressources existent à Merville")]
    [InlineData(AnswerKind.Resource, 1, "Une ressource est déjà notée. Quelles ressources existent à Merville")]
    [InlineData(AnswerKind.Resource, 2, "2 ressources sont déjà notées. Quelles ressources existent à Merville")]
    public void A_question_asked_whole_says_how_many_answers_are_noted_already(AnswerKind kind, int noted, string expected)
    {
        var question = kind == AnswerKind.Difficulty ? InterviewTexts.AskDifficulties("Merville", noted) : InterviewTexts.AskResources("Merville", noted);

        Assert.StartsWith(expected, question, StringComparison.Ordinal);
    }

    [Fact]
    public void A_communes_total_reads_well_with_nothing_of_a_kind()
    {
        Assert.Equal(
            "Estaires\u00a0: c'est terminé. Au total\u00a0: aucune difficulté, 1 ressource et aucun niveau de risque.",
            InterviewTexts.CommuneFinished("Estaires", 0, 1, 0));
    }
}
