using AutoDiag.Interview.Recognition;

namespace AutoDiag.Bot.Tests.Recognition;

/// <summary>Commands as typed on a phone: apostrophes dropped, a courtesy after them; sentences stay answers.</summary>
public sealed class UserCommandRecognizerTests
{
    [Theory]
    [InlineData("vue d ensemble", UserCommand.Overview)]
    [InlineData("Vue d’ensemble", UserCommand.Overview)]
    [InlineData("inviter quelqu un", UserCommand.Invite)]
    [InlineData("saisir pour le compte d un élu", UserCommand.Relay)]
    [InlineData("récap svp", UserCommand.Recap)]
    [InlineData("aide moi", UserCommand.Help)]
    [InlineData("Aide, s'il vous plaît", UserCommand.Help)]
    [InlineData("pause merci", UserCommand.Pause)]
    [InlineData("au revoir", UserCommand.Goodbye)]
    [InlineData("Merci, bonne journée !", UserCommand.Goodbye)]
    [InlineData("je dois y aller", UserCommand.Goodbye)]
    [InlineData("ok je vous laisse, à bientôt", UserCommand.Goodbye)]
    [InlineData("merci c'est tout, bonne journée", UserCommand.Goodbye)]
    [InlineData("voilà, bonne soirée", UserCommand.Goodbye)]
    [InlineData("j'ai fini pour aujourd'hui", UserCommand.Goodbye)]
    [InlineData("c'est tout pour aujourd'hui, à bientôt", UserCommand.Goodbye)]
    [InlineData("Merci, j'ai terminé, bonne journée", UserCommand.Goodbye)]
    [InlineData("rien d'autre, au revoir", UserCommand.Goodbye)]
    [InlineData("bonne journée aux bénévoles de l'épicerie", UserCommand.None)]
    [InlineData("pas de médecin pour le moment", UserCommand.None)]
    [InlineData("bonne journee a tous", UserCommand.Goodbye)]
    [InlineData("allez bonne journee", UserCommand.Goodbye)]
    [InlineData("bon ben je vous laisse", UserCommand.Goodbye)]
    [InlineData("a plus", UserCommand.Goodbye)]
    [InlineData("ca sera tout pour aujourd'hui", UserCommand.Goodbye)]
    [InlineData("je m'arrete la pour aujourd'hui", UserCommand.Goodbye)]
    [InlineData("merci bcp bonne journee", UserCommand.Goodbye)]
    [InlineData("jai fini pour ajd", UserCommand.Goodbye)]
    [InlineData("rien pour le moment", UserCommand.None)]
    [InlineData("non pour l'instant", UserCommand.None)]
    [InlineData("c'est tout pour le moment", UserCommand.None)]
    [InlineData("a plus de 20 km de la gare", UserCommand.None)]
    [InlineData("les jeunes doivent partir", UserCommand.None)]
    [InlineData("merci", UserCommand.None)]
    [InlineData("svp", UserCommand.None)]
    [InlineData("aide alimentaire merci", UserCommand.None)]
    [InlineData("aide à domicile insuffisante", UserCommand.None)]
    [InlineData("la pause méridienne des enfants", UserCommand.None)]
    public void Recognised(string typed, UserCommand expected) =>
        Assert.Equal(expected, UserCommandRecognizer.Recognize(typed));
}
