namespace AutoDiag.Knowledge.Answers;

/// <summary>How a text longer than its field allows is cut: what is kept must still read as the beginning of it.</summary>
public static class LongText
{
    /// <summary>
    /// The first <paramref name="maxLength"/> characters at most, ending on a word when one ends in the last quarter,
    /// and never splitting a surrogate pair.
    /// </summary>
    public static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text[..maxLength];
        if (char.IsHighSurrogate(cut[^1]))
        {
            cut = cut[..^1];
        }
        var lastSpace = cut.LastIndexOf(' ');
        return (lastSpace > maxLength * 3 / 4 ? cut[..lastSpace] : cut).TrimEnd();
    }
}
