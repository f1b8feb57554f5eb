using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// Cuts a list of names typed by a user (« Merville, Estaires et La Gorgue », one name a line) into pieces.
/// Hyphens and words such as « sur », « la », « lès » belong to names and never separate them.
/// </summary>
internal static partial class NameListSplitter
{
    public static IReadOnlyList<string> SplitOnSeparators(string text) => Clean(Separators().Split(text));

    /// <summary>Splits on « et » standing as a word, never on the « -et- » of a hyphenated name.</summary>
    public static IReadOnlyList<string> SplitOnConjunction(string text) => Clean(Conjunction().Split(text));

    /// <summary>Words between spaces, without the numbering of « 1. Merville 2. Estaires ».</summary>
    public static IReadOnlyList<string> SplitOnSpaces(string text) =>
        Clean(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Clean(IEnumerable<string> pieces) =>
        pieces.Select(TrimToName).Where(piece => piece.Length > 0).ToList();

    // Drops what surrounds a name in a typed list: bullets, numbering, « (59) », a final full stop, and the « et »
    // left at an edge by « Merville, et La Gorgue ».
    private static string TrimToName(string piece) =>
        TrimToLetters(EdgeConjunction().Replace(TrimToLetters(piece), string.Empty));

    /// <summary>Without what is not a letter at either end: « (Merville). » → « Merville ».</summary>
    public static string TrimToLetters(string piece)
    {
        var first = 0;
        while (first < piece.Length && !IsNameCharacter(piece[first]))
        {
            first++;
        }

        var last = piece.Length - 1;
        while (last >= first && !IsNameCharacter(piece[last]))
        {
            last--;
        }

        return piece[first..(last + 1)];
    }

    private static bool IsNameCharacter(char character) =>
        char.IsLetter(character) || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark;

    [GeneratedRegex(@"[\r\n\t,;/|+&•·]+")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?:^|\s)et(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    [GeneratedRegex(@"^et$|^(?:et\s+)+|(?:\s+et)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EdgeConjunction();
}
