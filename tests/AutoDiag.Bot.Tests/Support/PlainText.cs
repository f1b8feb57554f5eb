namespace AutoDiag.Bot.Tests.Support;

public static class PlainText
{
    /// <summary>
    /// The text as the user reads it: the bot's French typography (non-breaking spaces before « : ? ! »)
    /// as plain spaces, its line breaks as new lines, bold as plain text and character references as their
    /// characters, so assertions read naturally.
    /// </summary>
    public static string Of(string? text) => System.Net.WebUtility.HtmlDecode((text ?? string.Empty)
        .Replace("<br>", "\n").Replace("<b>", string.Empty).Replace("</b>", string.Empty))
        .Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
