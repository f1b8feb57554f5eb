using System.Text;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// Recorded text made inert in Markdown: one line, and every character that could open emphasis, code, a link, an
/// image, raw HTML, an entity, a table cell or a heading is backslash-escaped (CommonMark allows it before any ASCII
/// punctuation), as is a list or block marker at the start. What the élus typed shows as typed, never as markup.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>&|~#";

    public static string Escape(string text)
    {
        var line = SyntheseText.OneLine(text);
        var builder = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (Special.Contains(ch) || (i == 0 && ch is '-' or '+' or '=' or '!') || IsOrderedListMarker(line, i))
            {
                builder.Append('\\');
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>« 2024. » or « 3) » at the start would open an ordered list: escape the dot or the bracket.</summary>
    private static bool IsOrderedListMarker(string line, int index)
    {
        if (line[index] is not ('.' or ')') || index == 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(line[i]))
            {
                return false;
            }
        }

        return true;
    }
}
