using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Bot.Tests.Texts;

public sealed class ParticipationTextsTests
{
    // Said to élues and consultantes as well: no « élu », « consultant », « administrateur », « inscrit » agreeing with them.
    [Theory]
    [InlineData(ParticipantRole.Elu, "Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville et Estaires.")]
    [InlineData(ParticipantRole.SecretaireDeMairie, "Vous participez à l'état des lieux de la CC Flandre Lys comme secrétaire de mairie, pour Merville et Estaires.")]
    [InlineData(ParticipantRole.Consultant, "Vous accompagnez la CC Flandre Lys dans sa démarche, pour Merville et Estaires.")]
    [InlineData(ParticipantRole.Administrator, "Vous administrez la démarche de la CC Flandre Lys, pour Merville et Estaires.")]
    public void Each_role_is_said_without_a_title_that_would_agree_with_the_person(ParticipantRole role, string expected)
    {
        Assert.Equal(expected, ParticipationTexts.Describe(role, "CC Flandre Lys", ["Merville", "Estaires"]));
    }

    [Fact]
    public void Without_communes_the_sentence_ends_at_the_intercommunality()
    {
        Assert.Equal("Vous accompagnez la CC Flandre Lys dans sa démarche.", ParticipationTexts.Describe(ParticipantRole.Consultant, "CC Flandre Lys", []));
    }
}
