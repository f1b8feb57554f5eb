using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>Handling of the recorded texts the draft quotes: one line, shortened at a word, and a key to merge repeats.</summary>
internal static partial class SyntheseText
{
    /// <summary>The text on one line (runs of white space, line breaks included, become one space), cut at a word with « … » beyond <paramref name="maxLength"/>.</summary>
    public static string Excerpt(string text, int maxLength)
    {
        var line = OneLine(text);
        if (line.Length <= maxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', maxLength - 1);
        var kept = (cut > maxLength / 2 ? line[..cut] : line[..(maxLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '–', '.');
        return kept + "…";
    }

    /// <summary>
    /// Runs of spaces, tabs and line breaks as one space, trimmed; non-breaking spaces are kept (French typography
    /// relies on them) and control characters dropped.
    /// </summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (IsBreakingSpace(ch) || char.IsControl(ch))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    private static bool IsBreakingSpace(char ch) =>
        char.IsWhiteSpace(ch) && ch is not ('\u00A0' or '\u202F' or '\u2007');

    /// <summary>The non-empty lines of a text, each on one line, as typed (a note's or a history's paragraphs).</summary>
    public static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(OneLine).Where(line => line.Length > 0);

    /// <summary>
    /// The non-empty lines of a text, without list markers (« - », « • », « ▶ », « 1. »): a préconisation typed as a list
    /// gives one orientation per item.
    /// </summary>
    public static IEnumerable<string> Items(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = OneLine(ListMarker().Replace(raw, string.Empty, 1));
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>A list marker and the space after it: not « **Aide au permis** » nor « -20 % », which begin the text.</summary>
    [GeneratedRegex(@"^\s*(?:[-*•▶►·–—]+|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();

    /// <summary>A key equal for texts that differ only by case, accents, punctuation and spacing.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
