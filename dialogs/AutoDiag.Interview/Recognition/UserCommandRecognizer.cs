using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Recognition;

/// <summary>Recognises the commands of the conversation in what the participant typed.</summary>
public static class UserCommandRecognizer
{
    private static readonly Dictionary<string, UserCommand> Words = new()
    {
        ["aide"] = UserCommand.Help,
        ["help"] = UserCommand.Help,
        ["?"] = UserCommand.Help,
        ["pause"] = UserCommand.Pause,
        ["stop"] = UserCommand.Pause,
        ["annuler"] = UserCommand.Cancel,
        ["annule"] = UserCommand.Cancel,
        ["recap"] = UserCommand.Recap,
        ["recapitulatif"] = UserCommand.Recap,
        // A question about the bot itself, not an answer: the help, then the question again.
        ["comment ca marche"] = UserCommand.Help,
        ["comment ca fonctionne"] = UserCommand.Help,
        ["comment faire"] = UserCommand.Help,
        ["je ne comprends pas"] = UserCommand.Help,
        ["je comprends pas"] = UserCommand.Help,
        ["je n'ai pas compris"] = UserCommand.Help,
        ["j'ai pas compris"] = UserCommand.Help,
        ["c'est quoi la suite"] = UserCommand.Help,
        ["quelle est la suite"] = UserCommand.Help,
        ["que dois je faire"] = UserCommand.Help,
        ["qu'est ce que je dois faire"] = UserCommand.Help,
        ["je dois faire quoi"] = UserCommand.Help,
        ["je fais quoi"] = UserCommand.Help,
        ["reprendre"] = UserCommand.Resume,
        ["on reprend"] = UserCommand.Resume,
        ["je reprends"] = UserCommand.Resume,
        ["reprenons"] = UserCommand.Resume,
        ["on continue"] = UserCommand.Resume,
        ["on en etait ou"] = UserCommand.Resume,
        ["on en est ou"] = UserCommand.Resume,
        ["ou en etions nous"] = UserCommand.Resume,
        ["reprise"] = UserCommand.Resume,
        ["continuer"] = UserCommand.Resume,
        ["commencer"] = UserCommand.Resume,
        ["saisir pour un elu"] = UserCommand.Relay,
        ["saisie pour un elu"] = UserCommand.Relay,
        ["saisir pour le compte d'un elu"] = UserCommand.Relay,
        ["pour le compte d'un elu"] = UserCommand.Relay,
        ["vue d'ensemble"] = UserCommand.Overview,
        ["tableau de bord"] = UserCommand.Overview,
        ["matrice"] = UserCommand.Overview,
        ["fiche commune"] = UserCommand.CommuneProfile,
        ["fiche de la commune"] = UserCommand.CommuneProfile,
        ["historique fiche"] = UserCommand.CommuneProfileHistory,
        ["historique de la fiche"] = UserCommand.CommuneProfileHistory,
        ["historique fiche commune"] = UserCommand.CommuneProfileHistory,
        ["inviter"] = UserCommand.Invite,
        ["invitation"] = UserCommand.Invite,
        ["nouvelle invitation"] = UserCommand.Invite,
        ["inviter quelqu'un"] = UserCommand.Invite,
        ["temoignage"] = UserCommand.Testimony,
        ["temoignages"] = UserCommand.Testimony,
        ["nouveau temoignage"] = UserCommand.Testimony,
        ["saisir un temoignage"] = UserCommand.Testimony,
        ["calendrier"] = UserCommand.Calendar,
        ["calendrier de la demarche"] = UserCommand.Calendar,
        ["fiche synthese"] = UserCommand.FicheSynthese,
        ["fiche de synthese"] = UserCommand.FicheSynthese,
        ["synthese"] = UserCommand.FicheSynthese,
        ["exporter"] = UserCommand.Export,
        ["export"] = UserCommand.Export,
        ["exports"] = UserCommand.Export,
        ["exporter les reponses"] = UserCommand.Export,
        ["stop rappels"] = UserCommand.StopReminders,
        ["stop rappel"] = UserCommand.StopReminders,
        ["stop aux rappels"] = UserCommand.StopReminders,
        ["stop les rappels"] = UserCommand.StopReminders,
        ["arreter les rappels"] = UserCommand.StopReminders,
        ["arreter rappels"] = UserCommand.StopReminders,
        ["arret des rappels"] = UserCommand.StopReminders,
        ["plus de rappels"] = UserCommand.StopReminders,
        ["plus de rappel"] = UserCommand.StopReminders,
        ["pas de rappels"] = UserCommand.StopReminders,
        ["desactiver les rappels"] = UserCommand.StopReminders,
        ["reprendre les rappels"] = UserCommand.RestartReminders,
        ["reprendre rappels"] = UserCommand.RestartReminders,
        ["reactiver les rappels"] = UserCommand.RestartReminders,
        ["relancer"] = UserCommand.RemindAll,
        ["relance"] = UserCommand.RemindAll,
        ["relancer les elus"] = UserCommand.RemindAll,
        ["relancer les participants"] = UserCommand.RemindAll,
    };

    /// <summary>
    /// The commands as looked up: apostrophes as spaces, since a phone often drops them (« vue d ensemble »,
    /// « inviter quelqu un »).
    /// </summary>
    private static readonly Dictionary<string, UserCommand> ByKey = Words.ToDictionary(word => Key(word.Key), word => word.Value);

    private static string Key(string normalized) =>
        string.Join(' ', normalized.Replace('\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private const int MaxWordsOfARequest = 10;

    /// <summary>How a request to stop the reminders begins: « je ne veux plus de rappels », « arrêtez les relances ».</summary>
    private static readonly string[] StopOpenings =
    [
        "stop", "arrete", "arretez", "arreter", "je ne veux plus", "je veux plus", "je ne souhaite plus", "ne plus",
        "merci de ne plus", "merci d'arreter", "desactiver", "desactivez", "cessez",
    ];

    /// <summary>Openings that also begin descriptions (« pas de suivi, pas de relance »): the reminders must follow at once.</summary>
    private static readonly string[] NoMoreOpenings = ["plus de", "pas de", "plus aucun", "plus aucune"];

    /// <summary>What may follow the reminders in such a request: « … svp », « … merci ».</summary>
    private static readonly HashSet<string> Politeness = ["svp", "stp", "merci", "s'il", "vous", "plait", "pour", "moi", "me", "concernant"];

    /// <summary>
    /// « je ne veux plus de rappels », « arrêtez de me relancer svp », « pas de rappels merci »: a short message that
    /// opens with a stop and ends on the reminders — not « les rappels de vaccins ne sont plus faits », « plus de rappels
    /// de vaccins », nor « pas de suivi des jeunes, pas de relance ».
    /// </summary>
    private static bool AsksToStopReminders(string normalized, string[] words)
    {
        if (words.Length > MaxWordsOfARequest)
        {
            return false;
        }
        var last = Array.FindLastIndex(words, IsAboutReminders);
        if (last < 0 || !words.Skip(last + 1).All(Politeness.Contains))
        {
            return false;
        }
        return StopOpenings.Any(opening => TypedText.StartsWithWords(normalized, opening))
            || NoMoreOpenings.Any(opening => TypedText.StartsWithWords(normalized, opening) && last == opening.Split(' ').Length);
    }

    private static bool IsAboutReminders(string word) =>
        word.StartsWith("rappel", StringComparison.Ordinal) || word.StartsWith("relance", StringComparison.Ordinal)
        || word.EndsWith("'relancer", StringComparison.Ordinal);

    /// <summary>« Ok merci, je le ferai demain », « plus tard », « pas maintenant »: not an answer, a pause.</summary>
    private static readonly string[] LaterPhrases =
    [
        "je le ferai", "je le ferais", "je le fais", "je reviendrai", "je reviens", "je verrai", "je finirai", "je terminerai",
        "pas maintenant", "plus tard", "a demain", "a plus tard",
    ];

    /// <summary>Words that may come before such a phrase: « ok merci, plus tard ».</summary>
    private static readonly HashSet<string> Acknowledgements = ["ok", "oui", "non", "merci", "d'accord", "bon", "desole", "entendu"];

    /// <summary>At most this many words after it: « je le ferai demain matin », not « pas maintenant, mais la population vieillit ».</summary>
    private const int MaxWordsAfterALaterPhrase = 3;

    private static bool PutsItOff(string[] words)
    {
        var rest = string.Join(' ', words.SkipWhile(Acknowledgements.Contains));
        return LaterPhrases.Any(phrase => TypedText.StartsWithWords(rest, phrase)
            && rest.Split(' ').Length - phrase.Split(' ').Length <= MaxWordsAfterALaterPhrase);
    }

    private static readonly string[][] GoodbyePhrases = new[]
    {
        "au revoir", "bonne journee", "bonne fin de journee", "bonne soiree", "bonne nuit", "bon week end", "bon weekend",
        "a bientot", "a la prochaine", "je dois y aller", "je dois partir", "je vous laisse", "je file", "bye", "ciao", "tchao",
        "a plus", "bonne fin de semaine", "je m'arrete la", "je m'arrete",
        // « j'ai fini pour aujourd'hui »: the élu stops for the day, not the list — unlike « rien pour le moment ».
        "pour aujourd'hui", "pour ajd", "pour auj", "pour ce soir",
    }.Select(phrase => phrase.Split(' ')).ToArray();

    /// <summary>What may come with a goodbye: « merci, c'est tout, bonne journée », « voilà, j'ai fini pour aujourd'hui ».</summary>
    private static readonly HashSet<string> Closings =
        ["c'est", "cest", "c", "tout", "voila", "fini", "finis", "termine", "terminee", "j'ai", "jai", "rien", "d'autre", "de", "plus",
         "ca", "sera", "allez", "ben", "bah", "tous", "toutes", "la"];

    /// <summary>« Merci, au revoir », « je dois y aller, bonne journée »: a goodbye and only courtesy or a closing around it.</summary>
    private static bool SaysGoodbye(string[] words)
    {
        var rest = words.ToList();
        var found = false;
        foreach (var phrase in GoodbyePhrases)
        {
            for (var at = IndexOf(rest, phrase); at >= 0; at = IndexOf(rest, phrase))
            {
                rest.RemoveRange(at, phrase.Length);
                found = true;
            }
        }
        return found && rest.All(word => Courtesy.Words.Contains(word) || Acknowledgements.Contains(word) || Closings.Contains(word));
    }

    private static int IndexOf(List<string> words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Count; i++)
        {
            if (words.Skip(i).Take(phrase.Length).SequenceEqual(phrase))
            {
                return i;
            }
        }
        return -1;
    }


    public static UserCommand Recognize(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "?")
        {
            return UserCommand.Help;
        }

        var normalized = FrenchText.Normalize(trimmed).TrimStart('/');
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Courtesy.EndBeforeTrailing(words);
        if (end > 0 && ByKey.TryGetValue(Key(string.Join(' ', words, 0, end)), out var command))
        {
            return command;
        }
        if (AsksToStopReminders(normalized, words))
        {
            return UserCommand.StopReminders;
        }
        if (PutsItOff(words))
        {
            return UserCommand.Pause;
        }
        if (words.Length <= MaxWordsOfARequest && SaysGoodbye(words))
        {
            return UserCommand.Goodbye;
        }
        // Only a single slash-word is an attempted command: « /export », not « 1/3 des familles ».
        return trimmed.StartsWith('/') && !normalized.Contains(' ') ? UserCommand.Unknown : UserCommand.None;
    }
}
