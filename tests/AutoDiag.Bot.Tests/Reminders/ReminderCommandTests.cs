using AutoDiag.Interview.Recognition;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>The reminder commands in the words people type, and « stop » alone still a pause.</summary>
public sealed class ReminderCommandTests
{
    [Theory]
    [InlineData("stop rappels", UserCommand.StopReminders)]
    [InlineData("Stop aux rappels", UserCommand.StopReminders)]
    [InlineData("arrêter les rappels", UserCommand.StopReminders)]
    [InlineData("plus de rappels", UserCommand.StopReminders)]
    [InlineData("reprendre les rappels", UserCommand.RestartReminders)]
    [InlineData("Réactiver les rappels", UserCommand.RestartReminders)]
    [InlineData("relancer", UserCommand.RemindAll)]
    [InlineData("Relancer les élus", UserCommand.RemindAll)]
    [InlineData("stop", UserCommand.Pause)]
    [InlineData("reprendre", UserCommand.Resume)]
    [InlineData("je ne veux plus de rappels", UserCommand.StopReminders)]
    [InlineData("Arrêtez de m'envoyer des rappels svp", UserCommand.StopReminders)]
    [InlineData("merci de ne plus me relancer", UserCommand.StopReminders)]
    [InlineData("arrête les relances, merci", UserCommand.StopReminders)]
    [InlineData("ok merci je le ferai demain", UserCommand.Pause)]
    [InlineData("pas maintenant", UserCommand.Pause)]
    [InlineData("Plus tard", UserCommand.Pause)]
    [InlineData("les rappels de vaccins ne sont pas faits", UserCommand.None)]
    [InlineData("plus de rappels de vaccins chez les petits", UserCommand.None)]
    [InlineData("pas de rappel du calendrier vaccinal à l'école", UserCommand.None)]
    [InlineData("pas de rappels merci", UserCommand.StopReminders)]
    [InlineData("ok merci, plus tard", UserCommand.Pause)]
    [InlineData("les jeunes rentrent plus tard le soir", UserCommand.None)]
    [InlineData("le bus passe plus tard qu'avant", UserCommand.None)]
    [InlineData("Pas de suivi des jeunes, pas de relance", UserCommand.None)]
    [InlineData("Plus de permanence CAF ni de relances", UserCommand.None)]
    [InlineData("pas de transport, pas de rappel", UserCommand.None)]
    [InlineData("Pas maintenant, mais la population vieillit vite", UserCommand.None)]
    [InlineData("Je m'en occupe moi-même avec le CCAS", UserCommand.None)]
    [InlineData("ils partent plus tard", UserCommand.None)]
    [InlineData("Besoin d'ouverture plus tard", UserCommand.None)]
    [InlineData("Je reviens sur les familles monoparentales : aucune solution de garde", UserCommand.None)]
    public void Recognised(string typed, UserCommand expected) =>
        Assert.Equal(expected, UserCommandRecognizer.Recognize(typed));
}
