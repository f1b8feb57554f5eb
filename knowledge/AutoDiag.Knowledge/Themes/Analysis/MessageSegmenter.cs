using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// Splits a message into the items it lists: élus often put several subjects in one message, on separate lines,
/// as bullets, or joined by « ; », « , et », « aussi », « mais ». Each item is categorised on its own.
/// </summary>
public static partial class MessageSegmenter
{
    /// <summary>The items of a message, trimmed, in order; none when the message has no word.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<string>();
        foreach (var line in LineBreak().Split(text))
        {
            foreach (var part in Separator().Split(Bullet().Replace(line, string.Empty, 1)))
            {
                var item = LeadingConnector().Replace(part.Trim(), string.Empty).Trim().TrimEnd(',', ':');
                if (item.Any(char.IsLetterOrDigit))
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    [GeneratedRegex(@"\r\n|\r|\n|\u2028|\u2029")]
    private static partial Regex LineBreak();

    // « - », « • », « 1. », « 2) », « a) » at the start of a line.
    [GeneratedRegex(@"^\s*(?:[-*•·▶►▪◦‣⁃–—>]+|\d{1,2}[.)]|[a-z]\))\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Bullet();

    // A sentence end needs a capital or a digit after it, so that « pers. âgées » stays whole.
    [GeneratedRegex(
        @";|(?<=[.!?…])\s+(?=[\p{Lu}\d«""])|(?i:,\s*(?=(?:plus|manque|peu)\s+d(?:e\b|u\b|es\b|'))|,\s*et\s+|(?:,\s*|\s+et\s+)aussi\b|,?\s+(?:mais|par contre|en revanche)\s+)|\s+[-–—+]\s+",
        RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?:et|aussi|mais|puis|enfin)\b[\s,:]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingConnector();
}
