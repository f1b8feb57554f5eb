namespace AutoDiag.Knowledge.Answers;

/// <summary>How a text longer than its field allows is cut: what is kept must still read as the beginning of it.</summary>
public static class LongText
{
    /// <summary>
    /// The first <paramref name="maxLength"/> characters at most, ending on a word when one ends in the last quarter,
    /// never splitting a surrogate pair, and never ending on the first digits of a number the cut goes through.
    /// </summary>
    /// <remarks>
    /// Texts are masked after they are cut: « tel 06 12 34 56 | 78 » cut at the bar would keep « 06 12 34 56 », too short
    /// to be recognised as a phone and left as typed. Such a number is dropped whole.
    /// </remarks>
    public static string Cut(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..maxLength];
        if (cut.Length > 0 && char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }
        var lastSpace = cut.LastIndexOf(' ');
        var kept = (lastSpace > maxLength * 3 / 4 ? cut[..lastSpace] : cut).TrimEnd();
        return NumberGoesOn(text, kept.Length) ? WithoutTrailingNumber(kept) : kept;
    }

    /// <summary>A short reminder of a text in a sentence: the text, or its beginning (<see cref="Cut"/>) and « … ».</summary>
    public static string Excerpt(string text, int maxLength) => text.Length <= maxLength ? text : Cut(text, maxLength) + "…";

    /// <summary>The last <paramref name="count"/> words of a text, to say where a kept text stops.</summary>
    public static string LastWords(string text, int count)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }

    /// <summary>The text goes on with a digit after <paramref name="at"/>, maybe after a separator: « 56| 78 ».</summary>
    private static bool NumberGoesOn(string text, int at)
    {
        var next = at;
        while (next < text.Length && next < at + 2 && IsNumberSeparator(text[next]))
        {
            next++;
        }
        return next < text.Length && char.IsAsciiDigit(text[next]) && at > 0 && char.IsAsciiDigit(text[at - 1]);
    }

    private static string WithoutTrailingNumber(string kept)
    {
        var end = kept.Length;
        while (end > 0 && (char.IsAsciiDigit(kept[end - 1]) || IsNumberSeparator(kept[end - 1])))
        {
            end--;
        }
        return kept[..end].TrimEnd();
    }

    private static bool IsNumberSeparator(char c) => c is ' ' or '.' or '-' or '/' or '+' or '\u00A0' or '\u202F' or '\u2010' or '\u2011' or '\u2013';
}
