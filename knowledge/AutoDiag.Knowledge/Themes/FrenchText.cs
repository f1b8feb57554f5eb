using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// Cuts French free text into comparable word keys, so that keywords and answers meet whatever the case, the
/// accents (« agees » = « âgées »), the elisions (« l'emploi » = « emploi ») or a trailing plural s/x.
/// </summary>
internal static class FrenchText
{
    private const int MinimumStemLength = 4;

    private static readonly HashSet<string> ElidedWords =
        ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    private static readonly HashSet<string> StopWords =
    [
        "le", "la", "les", "un", "une", "de", "du", "des", "a", "au", "aux", "en", "et",
        "pour", "par", "sur", "avec", "chez",
    ];

    public static IReadOnlyList<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>();
        var index = 0;
        while (index < text.Length)
        {
            if (!IsWordCharacter(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && IsWordCharacter(text[index]))
            {
                index++;
            }

            var word = Fold(text[start..index]);
            var isElided = index < text.Length && IsApostrophe(text[index]) && ElidedWords.Contains(word);
            if (!isElided)
            {
                tokens.Add(new TextToken(Stem(word), start, index));
            }
        }

        return tokens;
    }

    /// <summary>Articles and prepositions: they do not make an expression more specific.</summary>
    public static bool IsStopWord(string key) => StopWords.Contains(key);

    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            switch (character)
            {
                case 'œ':
                    folded.Append("oe");
                    break;
                case 'æ':
                    folded.Append("ae");
                    break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(character);
                    }

                    break;
            }
        }

        return folded.ToString();
    }

    // Plural tolerance: « jeunes » = « jeune », « bureaux » = « bureau ». Short words keep their s/x so that
    // « pas » never meets the abbreviation « PA », nor « bus » the word « bu ».
    private static string Stem(string word) =>
        word.Length > MinimumStemLength && word[^1] is 's' or 'x' ? word[..^1] : word;

    // Combining marks belong to the word when the text arrives decomposed (« e » + U+0301).
    private static bool IsWordCharacter(char character) =>
        char.IsLetterOrDigit(character)
        || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char character) => character is '\'' or '’' or 'ʼ' or '‘' or '`' or '´';
}
