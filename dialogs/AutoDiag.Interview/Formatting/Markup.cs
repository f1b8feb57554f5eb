using System.Text;

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

    /// <summary>
    /// What a person typed, shown back as text and never as markup: HTML's characters, and Markdown's too — Teams
    /// renders both in a message, so « [ici](https://…) » would be a link and « **urgent** » bold. Markdown's are written
    /// as character references, which both render as the character itself (a backslash would show in the Playground).
    /// </summary>
    public static string Escape(string? text)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length + 8);
        foreach (var c in text ?? string.Empty)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '*' or '_' or '[' or ']' or '`' or '~' or '#': builder.Append("&#").Append((int)c).Append(';'); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
