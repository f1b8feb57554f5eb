namespace AutoDiag.Bot.Tests.Support;

public static class PlainText
{
    /// <summary>The bot writes French typography (non-breaking spaces before « : ? ! »); assertions read plain spaces.</summary>
    public static string Of(string? text) => (text ?? string.Empty).Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
