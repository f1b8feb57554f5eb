using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Interview.Recognition;

/// <summary>
/// A risk level as élus type it instead of choosing it on the card: « élevé », « plutôt faible, le club tient »,
/// « je dirais modéré », « pas trop », « ce n'est pas grave », « peu important » — and what is not one level: two
/// (« moyen à élevé »), or none yet (« je ne sais pas »).
/// </summary>
public static class TypedRiskLevel
{
    private static readonly Dictionary<string, RiskLevel> LevelWords = new()
    {
        ["faible"] = RiskLevel.Faible, ["bas"] = RiskLevel.Faible, ["basse"] = RiskLevel.Faible, ["peu"] = RiskLevel.Faible,
        ["minime"] = RiskLevel.Faible, ["1"] = RiskLevel.Faible,
        ["modere"] = RiskLevel.Modere, ["moderee"] = RiskLevel.Modere, ["moyen"] = RiskLevel.Modere, ["moyenne"] = RiskLevel.Modere,
        ["2"] = RiskLevel.Modere,
        ["eleve"] = RiskLevel.Eleve, ["elevee"] = RiskLevel.Eleve, ["fort"] = RiskLevel.Eleve, ["forte"] = RiskLevel.Eleve,
        ["important"] = RiskLevel.Eleve, ["importante"] = RiskLevel.Eleve, ["haut"] = RiskLevel.Eleve, ["haute"] = RiskLevel.Eleve,
        ["grave"] = RiskLevel.Eleve, ["critique"] = RiskLevel.Eleve, ["3"] = RiskLevel.Eleve,
    };

    /// <summary>The names of the levels, as a level alone typed where a description is asked would use them.</summary>
    private static readonly HashSet<string> LevelNames = ["faible", "modere", "moderee", "moyen", "eleve", "elevee"];

    /// <summary>Words élus put before the level: « très élevé », « je pense que c'est modéré », « ce n'est pas grave ».</summary>
    private static readonly HashSet<string> WordsBeforeLevel =
    [
        "tres", "plutot", "assez", "vraiment", "cest", "c", "risque", "je", "dirais", "pense", "que", "ce", "nest", "disons",
        "sans", "doute", "probablement", "surement", "peut", "etre", "peutetre", "a", "mon", "avis", "le", "est", "un", "une",
        "il", "quil", "elle", "quelle", "crois", "pour", "moi", "euh", "oui", "bah", "ben", "alors", "hyper", "super",
        "extremement", "trop",
    ];

    private const int MaxWordsBeforeLevel = 6;

    /// <summary>After « pas » or « peu », these make the level low: « pas trop grave », « pas du tout élevé ».</summary>
    private static readonly HashSet<string> Softeners = ["tres", "trop", "vraiment", "si", "tellement", "assez", "bien", "du", "tout"];

    private const int MaxSofteners = 2;

    /// <summary>How élus say they cannot tell yet; followed by a level (« je ne sais pas, peut-être modéré »), the level counts.</summary>
    private static readonly string[] UnsureOpenings = new[]
    {
        "je ne sais pas", "je sais pas", "sais pas", "jsp", "nsp", "je ne sais", "aucune idee", "pas d'idee", "difficile a dire",
        "dur a dire", "je ne peux pas dire", "bof", "je n'en sais rien", "j'en sais rien", "je ne suis pas sur",
        "je suis pas sur", "pas sur", "ne sait pas",
    }.Select(TypedText.Key).ToArray();

    /// <summary>
    /// How élus go back on a level they gave: « non en fait c'est modéré », typed at the next question, is about the last
    /// one — not an answer to this one, nor a description.
    /// </summary>
    private static readonly string[] ChangeOfMindOpenings = new[]
    {
        "non en fait", "en fait", "non finalement", "finalement", "je me suis trompe", "je me suis trompee", "pardon",
        "non pardon", "oups", "je voulais dire", "non je voulais dire", "je corrige", "correction", "rectification",
        "je rectifie", "erreur", "non plutot",
    }.Select(TypedText.Key).OrderByDescending(opening => opening.Length).ToArray();

    private static readonly HashSet<string> RangeFillers = ["entre", "plutot", "risque", "tres", "assez", "de", "du", "cest", "c"];

    private static readonly HashSet<string> RangeJoins = ["a", "ou", "et", "voire"];

    private static readonly char[] WordEnds = [' ', ',', ';', ':', '.', '-', '!', '\n', '/'];

    /// <summary>What introduces the reason, already asked by the card's « Pourquoi ? »: « élevé car le médecin part ».</summary>
    private static readonly string[] ReasonConnectors = ["car ", "parce que ", "parce qu'", "parce qu’", "puisque ", "vu que ", "étant donné que ", "du tout"];

    /// <summary>« élevé », « Élevé : les jeunes partent », « pas trop grave » → a level, and what follows as the reason.</summary>
    public static bool TryParse(string? text, out RiskLevel level, out string? comment)
    {
        var rest = text?.Trim() ?? string.Empty;
        if (UnsureOpeningLength(rest) is int unsure and > 0)
        {
            rest = rest[unsure..].TrimStart(WordEnds);
        }
        for (var skipped = 0; skipped <= MaxWordsBeforeLevel && rest.Length > 0; skipped++)
        {
            if (LevelAt(rest) is { } found)
            {
                (level, comment) = (found.Level, Reason(found.After));
                return true;
            }
            var (word, after) = NextWord(rest);
            if (!WordsBeforeLevel.Contains(TypedText.Key(word)))
            {
                break;
            }
            rest = after;
        }
        (level, comment) = (default, null);
        return false;
    }

    /// <summary>
    /// « modéré », « plutôt élevé »: a level by its name alone, typed where a description was asked — not « très peu »
    /// or « 3 », which can describe (« peu de ressources »).
    /// </summary>
    public static bool IsLevelAlone(string? text) =>
        TryParse(text, out _, out var comment) && comment is null && LevelNames.Contains(FrenchText.Normalize(text).Split(' ')[^1]);

    /// <summary>« non en fait c'est modéré », « je me suis trompé, élevé »: a level given again, to change the last one.</summary>
    /// <param name="level">The level the élu goes back to.</param>
    public static bool IsChangeOfMind(string? text, out RiskLevel level)
    {
        level = default;
        var rest = text?.Trim() ?? string.Empty;
        var opened = false;
        // Openings may follow one another: « pardon, je voulais dire élevé ».
        // It runs on every answer typed: the text's key is made once per opening found, not once per opening tried.
        for (var key = TypedText.Key(rest);
             ChangeOfMindOpenings.FirstOrDefault(opening => TypedText.StartsWithWords(key, opening)) is { } opening;
             key = TypedText.Key(rest))
        {
            for (var words = opening.Split(' ').Length; words > 0 && rest.Length > 0; words--)
            {
                rest = NextWord(rest).After;
            }
            opened = true;
        }
        return opened && TryParse(rest, out level, out _);
    }

    /// <summary>« je ne sais pas », « difficile à dire »: no level yet, though one is asked.</summary>
    public static bool IsUnsure(string? text) => UnsureOpeningLength(text?.Trim() ?? string.Empty) is > 0;

    /// <summary>
    /// « moyen à élevé », « entre faible et modéré », « moyen-élevé »: two levels, where one is needed — not « modéré » with
    /// « à élevé » as its reason.
    /// </summary>
    public static bool IsRange(string? text, out RiskLevel low, out RiskLevel high)
    {
        (low, high) = (default, default);
        var words = TypedText.Key(text).Replace('/', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !RangeFillers.Contains(word)).ToList();
        var joined = words.Count == 3 && RangeJoins.Contains(words[1]);
        if (!(joined || words.Count == 2)
            || !RangeLevel(words[0], out var first) || !RangeLevel(words[^1], out var second) || first == second)
        {
            return false;
        }
        (low, high) = first < second ? (first, second) : (second, first);
        return true;
    }

    /// <summary>A level word that can bound a range: not « peu » (« peu élevé » is one level) nor a figure.</summary>
    private static bool RangeLevel(string word, out RiskLevel level) =>
        LevelWords.TryGetValue(word, out level) && word != "peu" && !char.IsDigit(word[0]);

    /// <summary>The values of the risk card's choices.</summary>
    public static bool TryParseCardValue(string? value, out RiskLevel level)
    {
        level = FrenchText.Normalize(value) switch
        {
            "faible" => RiskLevel.Faible,
            "modere" => RiskLevel.Modere,
            "eleve" => RiskLevel.Eleve,
            _ => default,
        };
        return level != default;
    }

    /// <summary>A level said at the start of <paramref name="text"/>, and what follows it as typed.</summary>
    private static (RiskLevel Level, string After)? LevelAt(string text)
    {
        var (first, afterFirst) = NextWord(text);
        var word = TypedText.Key(first);
        if (word is "pas" or "peu" or "aucun" or "rien")
        {
            // « pas du tout élevé », « peu important », « rien de grave », « pas de risque », « pas trop », « pas tant que ça »: low.
            var (next, afterNext) = NextWord(afterFirst);
            var (probe, afterProbe) = (next, afterNext);
            for (var softeners = 0; softeners < MaxSofteners && Softeners.Contains(TypedText.Key(probe)); softeners++)
            {
                (probe, afterProbe) = NextWord(afterProbe);
            }
            if (IsHigh(probe))
            {
                return (RiskLevel.Faible, afterProbe);
            }
            if (TypedText.Key(next) is "risque")
            {
                return (RiskLevel.Faible, afterNext);
            }
            if (TypedText.Key(next) is "de" && NextWord(afterNext) is var (then, afterThen) && (TypedText.Key(then) is "risque" || IsHigh(then)))
            {
                return (RiskLevel.Faible, afterThen);
            }
            if (word == "pas" && TypedText.Key(next) is "trop" or "tant")
            {
                // « pas tant que ça » says nothing more.
                return (RiskLevel.Faible, TypedText.Key(next) == "tant" ? string.Empty : afterNext);
            }
        }
        if (word == "moyennement" && IsHigh(NextWord(afterFirst).Word))
        {
            return (RiskLevel.Modere, NextWord(afterFirst).After);
        }
        if (word == "un" && NextWord(afterFirst) is var (peu, afterPeu) && TypedText.Key(peu) == "peu")
        {
            // « un peu élevé »: between the two; « un peu plus élevé qu'ailleurs »: high, said in full as the reason.
            var (next, afterNext) = NextWord(afterPeu);
            return TypedText.Key(next) switch
            {
                "plus" when LevelAt(afterNext) is { Level: RiskLevel.Eleve } => (RiskLevel.Eleve, text),
                _ when IsHigh(next) => (RiskLevel.Modere, afterNext),
                _ => (RiskLevel.Faible, afterPeu),
            };
        }
        return word != "pas" && LevelWords.TryGetValue(word, out var level) ? (level, afterFirst) : null;
    }

    private static bool IsHigh(string word) => LevelWords.TryGetValue(TypedText.Key(word), out var level) && level == RiskLevel.Eleve;

    private static int? UnsureOpeningLength(string text)
    {
        var key = TypedText.Key(text);
        foreach (var opening in UnsureOpenings)
        {
            if (key == opening || key.StartsWith(opening + " ", StringComparison.Ordinal))
            {
                // The same number of words in the text as typed.
                var rest = text;
                for (var word = 0; word < opening.Split(' ').Length; word++)
                {
                    rest = NextWord(rest).After;
                }
                return text.Length - rest.Length;
            }
        }
        return null;
    }

    private static (string Word, string After) NextWord(string text)
    {
        var trimmed = text.TrimStart(WordEnds);
        var end = trimmed.IndexOfAny(WordEnds);
        return end < 0 ? (trimmed, string.Empty) : (trimmed[..end], trimmed[end..].TrimStart(WordEnds));
    }

    private static string? Reason(string rest)
    {
        foreach (var connector in ReasonConnectors)
        {
            if (rest.StartsWith(connector, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[connector.Length..].TrimStart(WordEnds);
                break;
            }
        }
        // « élevé, bonne journée », « modéré 👍 »: no reason.
        return !rest.Any(char.IsLetterOrDigit) || Courtesy.IsOnly(FrenchText.Normalize(rest).Split(' ')) ? null : rest;
    }
}
