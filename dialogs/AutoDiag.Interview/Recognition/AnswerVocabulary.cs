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
        "terminer", "j'ai terminer", "j'ai finis", "j'ai fait le tour", "pas", "aucune", "aucun", "non aucune", "non aucun");

    /// <summary>Said before a short answer without changing it: « non rien de plus », « ok c'est tout merci ».</summary>
    private static readonly HashSet<string> LeadingAcknowledgements = ["non", "ok", "bon", "alors", "euh", "bah", "ben"];

    private static readonly HashSet<string> NothingToReportAnswers = Keys(
        "rien a signaler", "ras", "r a s", "rien", "non", "non merci", "non rien", "pas", "aucune", "aucun", "neant", "nada",
        "pas de difficulte", "pas de difficultes", "aucune difficulte", "pas de souci", "pas de soucis", "aucun souci",
        "pas de probleme", "pas de problemes", "aucun probleme", "rien de particulier", "rien de special",
        "rien de special a signaler", "rien de particulier a signaler", "non rien a signaler", "rien a dire", "rien a ajouter",
        "ca va", "non ca va", "tout va bien", "rien de plus", "rien d'autre");

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
        && !Courtesy.IsOnly(words)
        && !IsGreeting(text) && !IsDone(text) && !IsNothingToReport(text) && !TypedRiskLevel.IsLevelAlone(text)
        && NonAnswerRecognizer.Recognize(text) == NonAnswerKind.None;

    /// <summary>« Oui », « Merville », « très bien merci »: fewer words than any difficulty described.</summary>
    private const int MinWordsOfADescription = 3;

    public static bool IsDone(string? text) => IsAmong(DoneAnswers, text);

    public static bool IsNothingToReport(string? text) => IsAmong(NothingToReportAnswers, text);

    /// <summary>One of <paramref name="answers"/>, as typed or without an acknowledgement before it nor a courtesy after it.</summary>
    private static bool IsAmong(HashSet<string> answers, string? text)
    {
        var key = TypedText.Key(text);
        return answers.Contains(key) || answers.Contains(Bare(key));
    }

    /// <summary>
    /// The answer without an acknowledgement before it, a courtesy after it, nor « pour le moment » around it (« non pour
    /// l'instant », « pour le moment rien »), when something is left.
    /// </summary>
    private static string Bare(string key)
    {
        var words = key.Split(' ');
        var end = Courtesy.EndBeforeTrailing(words);
        var start = 0;
        foreach (var qualifier in ForNow)
        {
            if (end - start > qualifier.Length && words.Skip(end - qualifier.Length).Take(qualifier.Length).SequenceEqual(qualifier))
            {
                end -= qualifier.Length;
            }
            else if (end - start > qualifier.Length && words.Skip(start).Take(qualifier.Length).SequenceEqual(qualifier))
            {
                start += qualifier.Length;
            }
        }
        var said = start;
        while (said < end - 1 && LeadingAcknowledgements.Contains(words[said]))
        {
            said++;
        }
        return end <= start ? key : string.Join(' ', words, said, end - said);
    }

    /// <summary>What « for now » adds to a short answer, without changing it (keys: apostrophes dropped).</summary>
    private static readonly string[][] ForNow =
        new[] { "pour le moment", "pour linstant", "pour lheure", "a priori", "apriori", "a ma connaissance" }.Select(q => q.Split(' ')).ToArray();

    private static HashSet<string> Keys(params string[] phrases) => phrases.Select(TypedText.Key).ToHashSet(StringComparer.Ordinal);
}
