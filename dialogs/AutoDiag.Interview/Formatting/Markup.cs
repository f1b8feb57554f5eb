namespace AutoDiag.Interview.Formatting;

/// <summary>
/// The little HTML Teams renders in a message (line breaks, bold). Markdown would be lighter, but the
/// Agents Playground and some Teams clients show it raw; these tags render everywhere we run.
/// </summary>
public static class Markup
{
    public const string LineBreak = "<br>";
    public const string Paragraph = "<br><br>";

    public static string Bold(string text) => $"<b>{text}</b>";

    /// <summary>What a person typed, shown back as text and never as markup.</summary>
    public static string Escape(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
