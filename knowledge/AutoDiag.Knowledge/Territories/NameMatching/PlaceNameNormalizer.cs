using System.Globalization;
using System.Text;

namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// Turns a place name into comparison keys: case, accents, hyphens, apostrophes and spaces do not count
/// (« Sailly sur la lys » = « Sailly-sur-la-Lys »), « St »/« Ste » stand for « Saint »/« Sainte », and a
/// leading article is optional (« Gorgue » = « La Gorgue »).
/// </summary>
internal static class PlaceNameNormalizer
{
    private static readonly HashSet<string> LeadingArticles = ["le", "la", "les", "l"];

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["st"] = "saint",
        ["ste"] = "sainte",
    };

    /// <summary>
    /// The full key first, then the key without its leading article when there is one; empty when the name has no
    /// letter. Keys are the words run together, so that « Lagorgue » meets « La Gorgue ».
    /// </summary>
    public static IReadOnlyList<string> Keys(string name)
    {
        var words = Words(name);
        if (words.Count == 0)
        {
            return [];
        }

        var full = string.Concat(words);
        return words.Count > 1 && LeadingArticles.Contains(words[0])
            ? [full, string.Concat(words.Skip(1))]
            : [full];
    }

    /// <summary>Legal forms an intercommunalité's name may start with, as words; the longest first.</summary>
    private static readonly string[][] LegalForms =
    [
        ["communaute", "de", "communes"], ["communaute", "d", "agglomeration"], ["communaute", "urbaine"],
        ["syndicat", "mixte"], ["cc"], ["ca"], ["cu"],
    ];

    private static readonly HashSet<string> Particles = ["du", "de", "des", "d", "le", "la", "les", "l"];

    /// <summary>
    /// An intercommunalité's name without its legal form and the particles after it, so that « CC du Haut Allier »,
    /// « Communauté de communes du Haut-Allier » and « Haut Allier » give one key.
    /// </summary>
    public static string IntercommunalityKey(string name)
    {
        var words = Words(name);
        if (LegalForms.FirstOrDefault(form => words.Count > form.Length && words.Take(form.Length).SequenceEqual(form)) is { } legalForm)
        {
            words.RemoveRange(0, legalForm.Length);
        }
        while (words.Count > 1 && Particles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        return string.Concat(words);
    }

    // Words are runs of letters: digits go too, so that « Merville 59 » is still Merville.
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in name.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetter(character))
            {
                word.Append(character switch
                {
                    'œ' => "oe",
                    'æ' => "ae",
                    _ => character.ToString(),
                });
                continue;
            }

            AddWord(words, word);
        }

        AddWord(words, word);
        return words;
    }

    private static void AddWord(List<string> words, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        words.Add(Abbreviations.GetValueOrDefault(text, text));
        word.Clear();
    }
}
