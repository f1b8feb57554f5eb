using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Interview.Recognition;

/// <summary>The short answers participants give to the interview's questions, as they type them.</summary>
public static class AnswerVocabulary
{
    private static readonly HashSet<string> DoneAnswers = Keys(
        "j'ai termine", "termine", "terminee", "fini", "j'ai fini", "c'est fini", "c fini", "c'est tout", "c tout", "ct tout",
        "c'est tout merci", "merci c'est tout", "ok c'est tout", "non c'est tout", "voila", "voila c'est tout", "voila tout",
        "c'est bon", "c bon", "non", "non merci", "non ca va", "ca ira", "suivant", "fin", "rien", "non rien", "rien d'autre",
        "plus rien", "rien de plus", "rien de special", "pas d'autre", "pas d'autres", "aucune autre", "aucun autre",
        // « terminé » typed as its infinitive, as phones often complete it.
        "terminer", "j'ai terminer", "j'ai finis", "j'ai fait le tour");

    /// <summary>Said before a short answer without changing it: « non rien de plus », « ok c'est tout merci ».</summary>
    private static readonly HashSet<string> LeadingAcknowledgements = ["non", "ok", "bon", "alors", "euh", "bah", "ben"];

    private static readonly HashSet<string> NothingToReportAnswers = Keys(
        "rien a signaler", "ras", "r a s", "rien", "non", "non merci", "non rien", "aucune", "aucun", "neant", "nada",
        "pas de difficulte", "pas de difficultes", "aucune difficulte", "pas de souci", "pas de soucis", "aucun souci",
        "pas de probleme", "pas de problemes", "aucun probleme", "rien de particulier", "rien de special",
        "rien de special a signaler", "rien de particulier a signaler", "non rien a signaler", "rien a dire", "rien a ajouter",
        "ca va", "non ca va", "tout va bien", "rien de plus", "rien d'autre");

    private static readonly (string Word, RiskLevel Level)[] RiskWords =
    [
        ("faible", RiskLevel.Faible), ("bas", RiskLevel.Faible), ("peu", RiskLevel.Faible), ("1", RiskLevel.Faible),
        ("modere", RiskLevel.Modere), ("moderee", RiskLevel.Modere), ("moyen", RiskLevel.Modere), ("2", RiskLevel.Modere),
        ("eleve", RiskLevel.Eleve), ("elevee", RiskLevel.Eleve), ("fort", RiskLevel.Eleve), ("important", RiskLevel.Eleve),
        ("haut", RiskLevel.Eleve), ("3", RiskLevel.Eleve),
        ("basse", RiskLevel.Faible), ("minime", RiskLevel.Faible), ("moyenne", RiskLevel.Modere), ("forte", RiskLevel.Eleve),
        ("importante", RiskLevel.Eleve), ("haute", RiskLevel.Eleve), ("grave", RiskLevel.Eleve), ("critique", RiskLevel.Eleve),
    ];

    /// <summary>Levels said by a phrase, whose words alone would read otherwise (« peu élevé » is not « élevé »).</summary>
    private static readonly (string Phrase, RiskLevel Level)[] RiskPhrases =
    [
        ("pas trop", RiskLevel.Faible), ("pas tres eleve", RiskLevel.Faible), ("pas eleve", RiskLevel.Faible),
        ("peu eleve", RiskLevel.Faible), ("un peu eleve", RiskLevel.Modere), ("un peu", RiskLevel.Faible), ("pas de risque", RiskLevel.Faible),
        ("aucun risque", RiskLevel.Faible), ("pas grave", RiskLevel.Faible), ("pas tres grave", RiskLevel.Faible),
    ];

    private static readonly HashSet<string> UnsureAnswers = Keys(
        "je ne sais pas", "je sais pas", "sais pas", "jsp", "je ne sais", "aucune idee", "pas d'idee", "difficile a dire",
        "dur a dire", "je ne peux pas dire", "bof", "je n'en sais rien", "j'en sais rien", "ne sait pas", "nsp");

    /// <summary>« je ne sais pas », « difficile à dire »: no level yet, though one is asked.</summary>
    public static bool IsUnsure(string? text) => IsAmong(UnsureAnswers, text);

    /// <summary>
    /// « moyen à élevé », « entre faible et modéré », « faible/modéré »: two levels, where one is needed — not « élevé » with
    /// « à élevé » as its reason.
    /// </summary>
    public static bool IsRiskRange(string? text, out RiskLevel low, out RiskLevel high)
    {
        (low, high) = (default, default);
        var words = FrenchText.Normalize(text).Replace('/', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !RangeFillers.Contains(word)).ToList();
        var levels = words.Select(word => RiskWords.FirstOrDefault(w => w.Word == word)).ToList();
        if (words.Count != 3 || levels[0].Word is null || levels[2].Word is null || !RangeJoins.Contains(words[1])
            || levels[0].Level == levels[2].Level)
        {
            return false;
        }
        (low, high) = levels[0].Level < levels[2].Level ? (levels[0].Level, levels[2].Level) : (levels[2].Level, levels[0].Level);
        return true;
    }

    private static readonly HashSet<string> RangeFillers = ["entre", "plutot", "risque", "tres", "assez", "de", "du", "c'est", "cest"];

    private static readonly HashSet<string> RangeJoins = ["a", "ou", "et", "voire"];

    /// <summary>« bonjour », « merci », « ok »: said to the bot, never an answer to record.</summary>
    public static bool IsGreeting(string? text) => MainTexts.Greetings.Contains(FrenchText.Normalize(text));

    /// <summary>
    /// Words that describe something, as an answer to « Quelles difficultés… ? » does: not a question to the bot, thanks
    /// or goodbye, a level, nor a short « c'est tout » or « rien à signaler ».
    /// </summary>
    public static bool IsDescription(string? text) =>
        AnswerText.TryCreate(text, out _) is not (AnswerTextProblem.Empty or AnswerTextProblem.NoWords)
        && !text!.TrimEnd().EndsWith('?')
        && FrenchText.Normalize(text).Split(' ') is { Length: >= MinWordsOfADescription } words
        && !words.All(Courtesy.Words.Contains)
        && !IsGreeting(text) && !IsDone(text) && !IsNothingToReport(text) && !IsRiskLevelAlone(text)
        && NonAnswerRecognizer.Recognize(text) == NonAnswerKind.None;

    /// <summary>« Oui », « Merville », « très bien merci »: fewer words than any difficulty described.</summary>
    private const int MinWordsOfADescription = 3;

    public static bool IsDone(string? text) => IsAmong(DoneAnswers, text);

    public static bool IsNothingToReport(string? text) => IsAmong(NothingToReportAnswers, text);

    /// <summary>One of <paramref name="answers"/>, as typed or without an acknowledgement before it nor a courtesy after it.</summary>
    private static bool IsAmong(HashSet<string> answers, string? text)
    {
        var key = Key(text);
        return answers.Contains(key) || answers.Contains(Bare(key));
    }

    /// <summary>The answer without an acknowledgement before it nor a courtesy after it, when something is left.</summary>
    private static string Bare(string key)
    {
        var words = key.Split(' ');
        var start = 0;
        while (start < words.Length && LeadingAcknowledgements.Contains(words[start]))
        {
            start++;
        }
        var end = Courtesy.EndBeforeTrailing(words, start);
        return start == end ? key : string.Join(' ', words, start, end - start);
    }

    /// <summary>
    /// « modéré », « plutôt élevé »: a level by its name alone, typed where a description was asked — not « très peu »
    /// or « 3 », which can describe (« peu de ressources »).
    /// </summary>
    public static bool IsRiskLevelAlone(string? text) =>
        TryParseRiskLevel(text, out _, out var comment) && comment is null
        && LevelNames.Contains(FrenchText.Normalize(text).Split(' ')[^1]);

    private static readonly HashSet<string> LevelNames = ["faible", "modere", "moderee", "moyen", "eleve", "elevee"];

    /// <summary>Typed on a phone, « jai termine » and « cest tout » mean « j'ai terminé » and « c'est tout »: apostrophes are dropped.</summary>
    private static string Key(string? text) => FrenchText.Normalize(text).Replace("'", string.Empty, StringComparison.Ordinal);

    private static HashSet<string> Keys(params string[] phrases) => phrases.Select(Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// « élevé », « Élevé : les jeunes partent », « modere car… », « 3 » → a level, and what follows as the reason; the
    /// few words élus put before it are skipped: « très élevé », « plutôt faible », « c'est modéré », « risque élevé ».
    /// </summary>
    public static bool TryParseRiskLevel(string? text, out RiskLevel level, out string? comment)
    {
        level = default;
        comment = null;
        var rest = text?.Trim() ?? string.Empty;
        if (RiskPhraseAt(rest) is { } said)
        {
            level = said.Level;
            comment = Reason(said.Reason);
            return true;
        }
        for (var skipped = 0; skipped <= MaxWordsBeforeLevel; skipped++)
        {
            var wordEnd = rest.IndexOfAny(WordEnds);
            var word = FrenchText.Normalize(wordEnd < 0 ? rest : rest[..wordEnd]);
            rest = wordEnd < 0 ? string.Empty : rest[wordEnd..].TrimStart(WordEnds);
            var match = RiskWords.FirstOrDefault(w => w.Word == word);
            if (match.Word is not null)
            {
                level = match.Level;
                comment = Reason(rest);
                return true;
            }
            if (!WordsBeforeLevel.Contains(Key(word)))
            {
                return false;
            }
        }
        return false;
    }

    private const int MaxWordsBeforeLevel = 3;

    /// <summary>« élevé car le médecin part » keeps « le médecin part »: the card's « Pourquoi ? » already asks why.</summary>
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
        return rest.Length == 0 ? null : rest;
    }

    private static readonly string[] ReasonConnectors = ["car ", "parce que ", "parce qu'", "parce qu’", "puisque ", "vu que ", "étant donné que "];

    /// <summary>A level phrase opening the text (« pas trop, ça tient »), and what follows it as typed.</summary>
    private static (RiskLevel Level, string Reason)? RiskPhraseAt(string text)
    {
        var words = text.Split(WordEnds, StringSplitOptions.RemoveEmptyEntries);
        foreach (var (phrase, level) in RiskPhrases)
        {
            var count = phrase.Split(' ').Length;
            if (words.Length >= count && FrenchText.Normalize(string.Join(' ', words.Take(count))) == phrase)
            {
                // What follows the phrase's last word, as typed: the reason.
                var rest = text.TrimStart();
                for (var word = 0; word < count; word++)
                {
                    rest = rest[(rest.IndexOf(words[word], StringComparison.Ordinal) + words[word].Length)..];
                }
                return (level, rest.TrimStart(WordEnds));
            }
        }
        return null;
    }

    private static readonly char[] WordEnds = [' ', ',', ';', ':', '.', '-', '!', '\n'];

    /// <summary>« très élevé », « plutôt faible », « c'est modéré », « risque élevé » (apostrophes dropped).</summary>
    private static readonly HashSet<string> WordsBeforeLevel = ["tres", "plutot", "assez", "vraiment", "cest", "c", "risque"];

    /// <summary>The values of the risk card's choices.</summary>
    public static bool TryParseRiskValue(string? value, out RiskLevel level)
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
}
