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
    [InlineData("les rappels de vaccins ne sont pas faits", UserCommand.None)]
    public void Recognised(string typed, UserCommand expected) =>
        Assert.Equal(expected, UserCommandRecognizer.Recognize(typed));
}
