using AutoDiag.Knowledge.Interview;

namespace AutoDiag.Interview.Recognition;

/// <summary>
/// Messages typed at an interview question that are not answers: élus write to the bot as to a person, and such a
/// message, recorded, becomes a difficulty that the categoriser themes and a risk question follows. Short messages
/// only: a sentence that describes something stays an answer, whatever words it opens with.
/// </summary>
public static class NonAnswerRecognizer
{
    private const int MaxWords = 12;

    private static readonly HashSet<string> Agreements =
    [
        "oui", "ouais", "ouai", "si", "oui oui", "effectivement", "tout a fait", "bien sur", "exact", "exactement",
        "il y en a", "oui il y en a", "il y en a plusieurs", "oui plusieurs", "oui beaucoup", "plusieurs", "oui une", "oui un peu",
    ];

    /// <summary>
    /// How a question about the question opens: « c'est quoi… », « vous voulez dire… » (apostrophes dropped) — with a word
    /// about the question, or short: « c'est quoi ce bazar avec les bus » and « je ne sais pas quoi faire pour les jeunes »
    /// describe something.
    /// </summary>
    private static readonly string[] QuestionOpenings =
    [
        "cest quoi", "c quoi", "quest ce que", "quest ce quune", "quest ce quun", "que veut dire", "que signifie",
        "ca veut dire quoi", "vous voulez dire", "vous entendez", "quentendez vous", "a quoi sert", "a quoi ca sert",
        "je dois repondre quoi", "je dois mettre quoi", "il faut mettre quoi", "il faut repondre quoi", "on met quoi",
        "je mets quoi", "je ne sais pas quoi", "je sais pas quoi",
    ];

    private const int MaxWordsOfAShortQuestion = 5;

    /// <summary>Words about the question itself.</summary>
    private static readonly HashSet<string> QuestionTopics =
    [
        "ressource", "ressources", "difficulte", "difficultes", "risque", "aggravation", "theme", "themes", "question",
        "repondre", "reponse", "mettre", "ecrire",
    ];

    /// <summary>
    /// With a « ? », in a short message, these make it a question to the bot rather than a difficulty put as a question —
    /// not « quoi », which élus also end a complaint with (« y a plus de bus quoi ? »).
    /// </summary>
    private static readonly HashSet<string> AddressedToTheBot = ["vous", "tu", "votre", "exemple", "signifie"];

    private const int MaxWordsOfAQuestionToTheBot = 4;

    /// <summary>How a message about a wrong answer opens: « je me suis trompé de commune, c'était pour Merville ».</summary>
    private static readonly string[] CorrectionOpenings =
    [
        "je me suis trompe", "je me suis trompee", "je me suis tromper", "cest une erreur", "cetait une erreur",
        "je veux corriger", "je voudrais corriger", "je veux modifier", "je voudrais modifier", "je veux supprimer",
        "je voudrais supprimer", "je veux retirer", "je voudrais retirer", "annuler ma reponse", "annuler la reponse",
        "annuler mon message", "annuler le message",
    ];

    /// <summary>Said before owning up to a mistake: « je suis désolée, je me suis trompée », « pardon, mauvaise commune ».</summary>
    private static readonly string[] ApologyOpenings =
        ["je suis desole", "je suis desolee", "desole", "desolee", "pardon", "excusez moi", "mince", "ah", "oh"];

    /// <summary>Said alone (a courtesy after them aside), these are about a wrong answer; opening a sentence, they describe.</summary>
    private static readonly HashSet<string> CorrectionPhrases =
    [
        "mauvaise commune", "mauvaise reponse", "pas la bonne commune", "faute de frappe", "erreur de frappe",
        "erreur de commune", "retour en arriere", "revenir en arriere", "question precedente", "revenir a la question precedente",
    ];

    /// <summary>
    /// Single words that also open descriptions (« retirer de l'argent… », « erreur de la CAF… »): alone, or with only
    /// words for the answer after them (« corriger ma réponse », « supprimer le dernier message »).
    /// </summary>
    private static readonly HashSet<string> CorrectionWords =
        ["erreur", "oups", "oops", "zut", "corriger", "correction", "modifier", "supprimer", "effacer", "retirer", "retour", "revenir"];

    private static readonly HashSet<string> AnswerWords =
        ["ma", "la", "le", "mon", "cette", "ce", "derniere", "dernier", "reponse", "message", "precedente", "precedent"];

    private static readonly HashSet<string> Waits =
    [
        "attends", "attendez", "attend", "un instant", "un moment", "une minute", "une seconde", "deux minutes",
        "2 minutes", "2 min", "2mn", "deux secondes", "2 sec", "patience", "je reflechis", "laissez moi reflechir",
        "je cherche", "je regarde", "hmm", "hum", "euh", "bonne question", "alors", "voyons",
    ];

    /// <summary>The word of the démarche a question about the question names, by the step it explains.</summary>
    private static readonly (string Word, InterviewStep Step)[] TermsOfTheDemarche =
    [
        ("ressource", InterviewStep.Resources), ("ressources", InterviewStep.Resources),
        ("risque", InterviewStep.Risk), ("aggravation", InterviewStep.Risk), ("aggrave", InterviewStep.Risk),
        ("difficulte", InterviewStep.Difficulties), ("difficultes", InterviewStep.Difficulties),
    ];

    /// <summary>
    /// Which question « c'est quoi un risque d'aggravation ? » asks about, whatever question is open: the step whose word it
    /// names; null when it names none (« vous voulez dire quoi ? » is about the open question).
    /// </summary>
    public static InterviewStep? StepNamedIn(string? text)
    {
        // « l'aggravation » names it.
        var words = TypedText.Words(text);
        foreach (var (word, step) in TermsOfTheDemarche)
        {
            if (words.Contains(word))
            {
                return step;
            }
        }
        return null;
    }

    public static NonAnswerKind Recognize(string? text)
    {
        var key = TypedText.Key(text);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxWords)
        {
            return NonAnswerKind.None;
        }

        var end = Courtesy.EndBeforeTrailing(words);
        var bare = end == 0 ? key : string.Join(' ', words, 0, end);
        if (Agreements.Contains(bare))
        {
            return NonAnswerKind.Agreement;
        }
        if (Waits.Contains(bare))
        {
            return NonAnswerKind.Wait;
        }
        if (Courtesy.IsOnly(words))
        {
            return NonAnswerKind.Courtesy;
        }
        var aboutTheQuestion = words.Length <= MaxWordsOfAShortQuestion || words.Any(QuestionTopics.Contains);
        if ((aboutTheQuestion && QuestionOpenings.Any(opening => TypedText.StartsWithWords(bare, opening)))
            || bare is "cest a dire" or "c est a dire" or "cad"
            || (text!.TrimEnd().EndsWith('?') && words.Length <= MaxWordsOfAQuestionToTheBot && words.Any(AddressedToTheBot.Contains)))
        {
            return NonAnswerKind.QuestionAboutTheQuestion;
        }
        var aboutTheAnswer = (CorrectionWords.Contains(words[0]) && words.Skip(1).Take(end - 1).All(AnswerWords.Contains))
            || CorrectionPhrases.Contains(bare) || CorrectionPhrases.Contains(AfterApology(bare));
        var ownsUp = CorrectionOpenings.Any(opening => TypedText.StartsWithWords(key, opening) || TypedText.StartsWithWords(AfterApology(key), opening));
        return aboutTheAnswer || ownsUp ? NonAnswerKind.Correction : NonAnswerKind.None;
    }

    /// <summary>What follows an apology that opens the message; the message itself when none does.</summary>
    private static string AfterApology(string key) =>
        ApologyOpenings.FirstOrDefault(apology => TypedText.StartsWithWords(key, apology)) is { } apology && key.Length > apology.Length
            ? key[apology.Length..].TrimStart()
            : key;
}
