using AutoDiag.Interview.Recognition;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Bot.Tests.Recognition;

/// <summary>What élus write to the bot at a question, as found by playing them; descriptions stay answers.</summary>
public sealed class NonAnswerRecognizerTests
{
    [Theory]
    [InlineData("oui", NonAnswerKind.Agreement)]
    [InlineData("Oui, il y en a", NonAnswerKind.Agreement)]
    [InlineData("ouais", NonAnswerKind.Agreement)]
    [InlineData("Merci beaucoup pour votre aide", NonAnswerKind.Courtesy)]
    [InlineData("très bien merci", NonAnswerKind.Courtesy)]
    [InlineData("Qu'est-ce que vous entendez par ressources ?", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("c'est quoi le risque d'aggravation", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("vous voulez dire quoi ?", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("c est à dire ?", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("il faut mettre quoi", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("je me suis trompé", NonAnswerKind.Correction)]
    [InlineData("je me suis trompé de commune, c'était pour Merville", NonAnswerKind.Correction)]
    [InlineData("oups", NonAnswerKind.Correction)]
    [InlineData("je suis désolée, je me suis trompée", NonAnswerKind.Correction)]
    [InlineData("pardon, mauvaise commune", NonAnswerKind.Correction)]
    [InlineData("corriger ma réponse", NonAnswerKind.Correction)]
    [InlineData("retour", NonAnswerKind.Correction)]
    [InlineData("Erreur de commune", NonAnswerKind.Correction)]
    [InlineData("mauvaise réponse", NonAnswerKind.Correction)]
    [InlineData("à quoi ça sert ?", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("par exemple ?", NonAnswerKind.QuestionAboutTheQuestion)]
    [InlineData("attends", NonAnswerKind.Wait)]
    [InlineData("un instant svp", NonAnswerKind.Wait)]
    [InlineData("je réfléchis", NonAnswerKind.Wait)]
    [InlineData("bonne question", NonAnswerKind.Wait)]
    public void Recognised(string typed, NonAnswerKind expected) =>
        Assert.Equal(expected, NonAnswerRecognizer.Recognize(typed));

    [Theory]
    [InlineData("RSA")]
    [InlineData("chômage des jeunes")]
    [InlineData("Oui beaucoup de personnes âgées isolées dans les hameaux")]
    [InlineData("Retirer de l'argent est compliqué, plus de distributeur")]
    [InlineData("erreurs de la CAF sur les dossiers")]
    [InlineData("Comment garder les enfants le soir quand on travaille ?")]
    [InlineData("c'est à dire que les familles partent")]
    [InlineData("Les ressources des familles baissent")]
    [InlineData("retour à l'emploi difficile pour les plus de 50 ans")]
    [InlineData("attente de 6 mois pour un rendez-vous chez le dentiste")]
    [InlineData("c'est quoi ce bazar avec les bus")]
    [InlineData("je ne sais pas quoi faire pour les jeunes")]
    [InlineData("Comment aider les familles sans ressource ?")]
    [InlineData("a quoi sert le CCAS si personne ne vient")]
    [InlineData("le risque d'inondation ?")]
    [InlineData("Mauvaise réponse de la CAF aux familles")]
    [InlineData("Retour en arrière des services publics")]
    // An apology that opens a description stays an answer.
    [InlineData("Désolé, mais les familles n'ont plus de bus le samedi")]
    [InlineData("tout le monde")]
    [InlineData("c'est quoi ce bazar avec les bus ?")]
    [InlineData("y a plus de bus quoi ?")]
    [InlineData("Le risque d'inondation, vous connaissez ?")]
    [InlineData("pour tout le monde")]
    public void Descriptions_stay_answers(string typed) =>
        Assert.Equal(NonAnswerKind.None, NonAnswerRecognizer.Recognize(typed));

    [Fact]
    public void No_themed_answer_of_the_labelled_categorisation_corpus_is_taken_for_something_else_nor_for_a_command()
    {
        // The corpus also holds what is not an answer (« merci », « pouvez-vous répéter ? »), labelled with no theme.
        var corpus = LabelledTextFile.ReadDirectory(LocalThemeCategorizer.DefaultTrainingDirectory, ThemeCatalog.LoadDefault())
            .Where(text => text.ThemeIds.Count > 0).ToList();

        var taken = corpus.Where(text => NonAnswerRecognizer.Recognize(text.Text) != NonAnswerKind.None)
            .Select(text => $"{NonAnswerRecognizer.Recognize(text.Text)}: {text.Text}")
            .Concat(corpus.Where(text => UserCommandRecognizer.Recognize(text.Text) != UserCommand.None)
                .Select(text => $"{UserCommandRecognizer.Recognize(text.Text)}: {text.Text}"))
            .ToList();

        Assert.True(corpus.Count > 100);
        Assert.Empty(taken);
    }
}
