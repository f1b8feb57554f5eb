using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Privacy;

internal enum TokenType
{
    /// <summary>Letters, with inner hyphens (« petit-fils », « Jean-Pierre »), or an elided article (« l' », « d' »).</summary>
    Word,

    /// <summary>Digits.</summary>
    Number,

    /// <summary>Any other visible character.</summary>
    Punct,

    /// <summary>Part of a phone number or e-mail address already found: a wall for the other rules.</summary>
    Barrier,
}

/// <param name="Folded">Lower case, without accents, « œ » as « oe », ’ as ' — for word-list look-ups.</param>
/// <param name="SpaceBefore">Whitespace separates it from the token before.</param>
/// <param name="BreakBefore">A line break separates it from the token before.</param>
internal readonly record struct TextToken(
    int Start, int Length, TokenType Type, string Text, string Folded, bool SpaceBefore, bool BreakBefore)
{
    public int End => Start + Length;

    public bool IsWord => Type == TokenType.Word;

    public bool IsNumber => Type == TokenType.Number;

    public bool IsPunct(char c) => Type == TokenType.Punct && Text[0] == c;

    /// <summary>A word whose first letter is a capital (« Dupont », « DUPONT », « D »).</summary>
    public bool IsCapitalized => Type == TokenType.Word && char.IsUpper(Text[0]);

    /// <summary>A word with no capital letter.</summary>
    public bool IsLowercase => Type == TokenType.Word && !Text.Any(char.IsUpper);

    /// <summary>An elided article or pronoun: « l' », « d' », « qu' ».</summary>
    public bool IsElision => Type == TokenType.Word && Text[^1] is '\'' or '’';
}

/// <summary>Splits a text into words, numbers and punctuation, keeping their positions; one pass, no backtracking.</summary>
internal static class TextTokens
{
    public static List<TextToken> Split(string text, IReadOnlyList<(int Start, int End)> barriers)
    {
        var tokens = new List<TextToken>();
        var previousEnd = 0;
        var barrier = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var (end, type) = Next(text, i);
            while (barrier < barriers.Count && barriers[barrier].End <= i)
            {
                barrier++;
            }

            if (barrier < barriers.Count && barriers[barrier].Start < end)
            {
                // One token for a whole phone number or e-mail address, and for any word it cuts.
                var (start, stop) = barriers[barrier];
                var before = text.AsSpan(previousEnd, Math.Max(0, start - previousEnd));
                tokens.Add(new TextToken(start, stop - start, TokenType.Barrier, text[start..stop], string.Empty,
                    tokens.Count > 0 && !before.IsEmpty, IsBreak(before)));
                previousEnd = i = Math.Max(stop, end);
                continue;
            }

            var gap = text.AsSpan(previousEnd, i - previousEnd);
            var value = text[i..end];
            tokens.Add(new TextToken(i, end - i, type, value, type == TokenType.Word ? Fold(value) : value,
                tokens.Count > 0 && !gap.IsEmpty, IsBreak(gap)));
            previousEnd = i = end;
        }

        return tokens;
    }

    /// <summary>
    /// The token starting at <paramref name="i"/>: an elided word when a letter follows its apostrophe (« l' »,
    /// « d' », « qu' », « jusqu' », and « O' » of Irish names), a word with inner hyphens, digits, or one other character.
    /// </summary>
    private static (int End, TokenType Type) Next(string text, int i)
    {
        if (IsLetter(text[i]))
        {
            var j = i + 1;
            while (j < text.Length && (IsLetter(text[j]) || (text[j] == '-' && j + 1 < text.Length && IsLetter(text[j + 1]))))
            {
                j++;
            }

            if (j + 1 < text.Length && text[j] is '\'' or '’' && char.IsLetter(text[j + 1]) && IsElided(text.AsSpan(i, j - i)))
            {
                return (j + 1, TokenType.Word);
            }

            return (j, TokenType.Word);
        }

        if (char.IsDigit(text[i]))
        {
            var j = i + 1;
            while (j < text.Length && char.IsDigit(text[j]))
            {
                j++;
            }

            return (j, TokenType.Number);
        }

        return (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1, TokenType.Punct);
    }

    private static bool IsLetter(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsElided(ReadOnlySpan<char> word) =>
        word.Length == 1
            ? "lLdDjJnNsScCmMtToO".Contains(word[0])
            : word.Equals("qu", StringComparison.OrdinalIgnoreCase) || word.Equals("jusqu", StringComparison.OrdinalIgnoreCase)
              || word.Equals("lorsqu", StringComparison.OrdinalIgnoreCase) || word.Equals("puisqu", StringComparison.OrdinalIgnoreCase);

    private static bool IsBreak(ReadOnlySpan<char> gap) => gap.ContainsAny('\n', '\r') || gap.Contains('\u2028');

    /// <summary>Lower case, accents removed, « œ » → « oe », ’ → '.</summary>
    public static string Fold(string value)
    {
        var lower = value.ToLowerInvariant();
        if (lower.All(char.IsAscii))
        {
            return lower;
        }

        var decomposed = lower.Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal)
            .Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
