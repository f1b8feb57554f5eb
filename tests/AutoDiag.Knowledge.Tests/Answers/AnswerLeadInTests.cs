using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class AnswerLeadInTests
{
    [Theory]
    [InlineData("ah j'oubliais : la pharmacie de La Gorgue ferme le samedi", "la pharmacie de La Gorgue ferme le samedi")]
    [InlineData("J'ai oublié de vous dire que le bus ne passe plus", "le bus ne passe plus")]
    [InlineData("Au fait, le CCAS est débordé", "le CCAS est débordé")]
    [InlineData("Et autre chose : les loyers augmentent", "les loyers augmentent")]
    // A secrétaire typing an élu's answers.
    [InlineData("il dit que les jeunes partent", "les jeunes partent")]
    [InlineData("il dit qu'il n'y a plus de médecin", "il n'y a plus de médecin")]
    [InlineData("Le maire dit que la poste ferme", "la poste ferme")]
    public void The_words_before_the_answer_are_not_stored(string typed, string stored) =>
        Assert.Equal(stored, AnswerLeadIn.Strip(typed));

    [Theory]
    [InlineData("aussi les jeunes partent")]
    [InlineData("Alors les jeunes partent")]
    [InlineData("Il dit que")] // nothing would be left
    [InlineData("au fait")]
    [InlineData("Les aidants disent que c'est dur")] // what the answer reports, not a lead-in
    [InlineData("Le fait est que le bus ne passe plus")]
    public void An_answer_without_a_lead_in_is_stored_as_typed(string typed) =>
        Assert.Equal(typed, AnswerLeadIn.Strip(typed));
}
