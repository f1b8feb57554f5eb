using System.Text;
using System.Text.RegularExpressions;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// What a person typed, shown in an Adaptive Card TextBlock. TextBlocks render a subset of Markdown (bold,
/// italics, lists, links), so what could start one is backslash-escaped (a link needs its « [ ») and the text reads as typed.
/// Escaping is kept to those characters: some Teams clients once showed the backslashes.
/// </summary>
public static partial class CardText
{
    private const string InlineMarkdown = "\\*_[]`~";

    public static string Plain(string? text)
    {
        var builder = new StringBuilder((text ?? string.Empty).Length + 8);
        foreach (var c in text ?? string.Empty)
        {
            if (InlineMarkdown.Contains(c))
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        // « - item », « + item » and « 1. item » at the start of a line would become a list.
        return ListMarker().Replace(builder.ToString(), m =>
            m.Groups["bullet"].Success ? $"{m.Groups["start"].Value}\\{m.Groups["bullet"].Value}" : $"{m.Groups["start"].Value}{m.Groups["number"].Value}\\.");
    }

    [GeneratedRegex(@"(?<start>(?:^|\n)[ \t]*)(?:(?<bullet>[-+])|(?<number>\d+)\.)(?=[ \t])")]
    private static partial Regex ListMarker();
}
