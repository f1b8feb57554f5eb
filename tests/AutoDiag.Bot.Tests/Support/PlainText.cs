namespace AutoDiag.Bot.Tests.Support;

public static class PlainText
{
    /// <summary>
    /// A message's text as the user reads it: the bot's French typography (non-breaking spaces before « : ? ! »)
    /// as plain spaces, its line breaks as new lines, bold as plain text and character references as their
    /// characters, so assertions read naturally.
    /// </summary>
    public static string Of(string? text) => OfCard(System.Net.WebUtility.HtmlDecode((text ?? string.Empty)
        .Replace("<br>", "\n").Replace("<b>", string.Empty).Replace("</b>", string.Empty)));

    /// <summary>
    /// A card's text or a button's title: cards render no HTML, so a character reference (« &amp;#91; ») stays as it is,
    /// as the user would see it.
    /// </summary>
    public static string OfCard(string? text) => (text ?? string.Empty).Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
