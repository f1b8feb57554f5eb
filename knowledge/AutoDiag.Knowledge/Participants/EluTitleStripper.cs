using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// Takes an élu's name out of what a secrétaire types for it, the way names are written in a town hall: civilities
/// (« M. », « Mme »), functions (« maire adjoint », « 1er adjoint », « conseillère municipale déléguée », « adjoint
/// aux affaires sociales ») and the punctuation between them (« Paul Leroy - 1er adjoint », « le maire, Paul Leroy »)
/// are not part of the name. Only whole words count: « Lemaire » or « Leconseiller » stay whole.
/// </summary>
public static partial class EluTitleStripper
{
    /// <summary>Only before a function: « le maire », « notre adjoint », but « Marie Le Goff ».</summary>
    private static readonly HashSet<string> Determiners = ["le", "la", "l", "notre", "votre", "mon", "ma", "son", "sa", "leur"];

    private static readonly HashSet<string> Functions =
    [
        "maire", "maire-adjoint", "maire-adjointe", "adjoint", "adjointe", "conseiller", "conseillere", "delegue", "deleguee",
        "elu", "elue", "president", "presidente", "vice-president", "vice-presidente",
    ];

    /// <summary>Only after a function: « conseiller municipal », « élue communautaire ».</summary>
    private static readonly HashSet<string> Qualifiers =
    [
        "municipal", "municipale", "communal", "communale", "communautaire", "departemental", "departementale",
        "regional", "regionale", "general", "generale",
    ];

    /// <summary>After a function, what it is in charge of follows: « adjoint aux affaires sociales », « maire de Merville ».</summary>
    private static readonly HashSet<string> Prepositions = ["a", "au", "aux", "de", "d", "du", "des", "en", "pour", "charge", "chargee"];

    /// <summary>Punctuation typed around a word: « M. », « l' », « "maire" ».</summary>
    private static readonly char[] KeyEdges = ['.', '\'', '’', '"', '«', '»', '!', '?'];

    /// <summary>
    /// The name without the civilities and functions around it; the text as typed (trimmed) when it has none, and
    /// empty when nothing else is left (« le maire », « l'adjointe »).
    /// </summary>
    public static string Strip(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var kept = new List<string>();
        var stripped = false;
        // « adjoint(e) », « conseiller·e »: the mark goes with its word, not split off as a word of the name.
        foreach (var segment in Separators().Split(GenderMark().Replace(typed, string.Empty)))
        {
            var words = Words(segment);
            var (start, end) = NameBounds(words);
            stripped |= start > 0 || end < words.Count;
            if (start < end)
            {
                kept.Add(Join(words, start, end));
            }
        }

        // Untouched when there was nothing to strip: separators alone do not change a name. Otherwise what stood
        // around the stripped words goes with them: « M. Martin. » → « Martin ».
        return stripped ? NameListSplitter.TrimToLetters(string.Join(' ', kept)) : typed.Trim();
    }

    // Titles come before the name (« M. le maire Paul Leroy ») or after it (« Jean Martin maire adjoint »).
    private static (int Start, int End) NameBounds(List<Word> words)
    {
        var start = 0;
        while (start < words.Count && TitleEnd(words, start, beforeName: true) is { } end)
        {
            start = end;
        }

        for (var cut = start + 1; cut < words.Count; cut++)
        {
            if (FunctionsRunToEnd(words, cut))
            {
                return (start, cut);
            }
        }

        return (start, words.Count);
    }

    private static bool FunctionsRunToEnd(List<Word> words, int index)
    {
        while (index < words.Count)
        {
            if (FunctionEnd(words, index, beforeName: false) is not { } end)
            {
                return false;
            }

            index = end;
        }

        return true;
    }

    private static int? TitleEnd(List<Word> words, int index, bool beforeName) =>
        FrenchWords.IsCivility(words[index].Key) ? index + 1 : FunctionEnd(words, index, beforeName);

    /// <summary>Where a function starting at <paramref name="index"/> ends, or null when none starts there.</summary>
    private static int? FunctionEnd(List<Word> words, int index, bool beforeName)
    {
        var position = index;
        if (Determiners.Contains(words[position].Key))
        {
            position++;
        }

        if (position < words.Count && (words[position].Key == "vice" || IsOrdinal(words[position].Key)))
        {
            position++;
        }

        if (position >= words.Count || !Functions.Contains(words[position].Key))
        {
            return null;
        }

        position++;
        while (position < words.Count && (Functions.Contains(words[position].Key) || Qualifiers.Contains(words[position].Key)))
        {
            position++;
        }

        if (position < words.Count && Prepositions.Contains(words[position].Key))
        {
            // What the function is in charge of has no end mark: it runs to the end of the piece, or before a name only
            // up to a civility (« l'adjointe aux affaires sociales Mme Lefebvre »).
            position++;
            while (position < words.Count && !(beforeName && FrenchWords.IsCivility(words[position].Key)))
            {
                position++;
            }
        }

        return position;
    }

    private static bool IsOrdinal(string key) => Ordinal().IsMatch(key);

    /// <summary>Words between spaces, « l'adjoint » as two words; each with its comparison key.</summary>
    private static List<Word> Words(string segment)
    {
        var words = new List<Word>();
        foreach (var token in segment.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var elided = Elision().Match(token);
            if (elided.Success)
            {
                words.Add(new Word(elided.Groups[1].Value, Key(elided.Groups[1].Value), GluedToNext: true));
                words.Add(new Word(elided.Groups[2].Value, Key(elided.Groups[2].Value), GluedToNext: false));
            }
            else
            {
                words.Add(new Word(token, Key(token), GluedToNext: false));
            }
        }

        return words;
    }

    /// <summary>
    /// Folded as the civilities it is compared with (<see cref="FrenchWords"/>), no punctuation at the edges: « M. » → « m »,
    /// « Conseillère » → « conseillere ».
    /// </summary>
    private static string Key(string word) => TextTokens.Fold(word).Trim(KeyEdges);

    private static string Join(List<Word> words, int start, int end)
    {
        var text = new StringBuilder();
        for (var index = start; index < end; index++)
        {
            text.Append(words[index].Text);
            if (index < end - 1 && !words[index].GluedToNext)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    /// <param name="Text">As typed.</param>
    /// <param name="Key">See <see cref="Key(string)"/>.</param>
    /// <param name="GluedToNext">The « l' » of « l'adjoint »: no space after it when the name is put back together.</param>
    private readonly record struct Word(string Text, string Key, bool GluedToNext);

    // Commas, parentheses, colons, slashes, and dashes standing apart (« Paul Leroy - 1er adjoint »), never the
    // hyphen of « Jean-Pierre ».
    [GeneratedRegex(@"[,;:/()\[\]]|\s[-–—]+|[-–—]+\s")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?<=\p{L})(?:\((?:e|es|s|ne)\)|[·•.](?:e|es|ne)\b)")]
    private static partial Regex GenderMark();

    [GeneratedRegex(@"^([ldLD]['’])(\p{L}.*)$")]
    private static partial Regex Elision();

    // « 1er », « 1re », « 2e », « 2ème », « 2nd », « premier », « deuxième »…
    [GeneratedRegex(@"^(?:\d+(?:er|re|ere|e|eme|nd|nde)|premier|premiere|second|seconde|deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme)$")]
    private static partial Regex Ordinal();
}
