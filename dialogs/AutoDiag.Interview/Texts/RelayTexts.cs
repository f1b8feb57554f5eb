using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says when a secrétaire de mairie or a consultant types an élu's answers.</summary>
public static class RelayTexts
{
    public const string NotAllowed =
        "La saisie pour le compte d'un élu est réservée aux secrétaires de mairie et aux consultants.";

    public const string AskElu =
        "Pour quel élu saisissez-vous les réponses ? Choisissez-le, ou écrivez son nom s'il n'est pas encore dans la liste.";

    /// <summary>The same with no élu of the typist's communes registered yet: nothing to choose.</summary>
    public const string AskFirstElu = "Pour quel élu saisissez-vous les réponses ? Écrivez son prénom et son nom.";

    /// <param name="ofWhere">« de Merville », « d'Estaires et de La Gorgue », « de la CC Flandre Lys ».</param>
    public static string ConfirmNewElu(string name, string ofWhere) =>
        $"{name} n'est pas encore dans la liste. L'ajouter aux élus {ofWhere}, pour saisir ses réponses ?";

    /// <summary>A name a small typo away from an élu already there.</summary>
    public static string DidYouMean(string known, string typed) =>
        $"Vouliez-vous dire {known} ? Répondez « non » pour ajouter {typed} à la liste des élus.";

    public const string AskNewEluCommunes = "Pour quelle(s) commune(s) saisirez-vous ses réponses ?";

    public static string Starting(string name) =>
        $"Vous saisissez maintenant les réponses de {name}. Chaque réponse sera enregistrée à son nom, avec le vôtre comme auteur de la saisie.";

    /// <summary>The relay stays open through a pause (a phone call, a form to fetch): the next answer is still the élu's.</summary>
    public static string PausedAt(string name, string progress) =>
        $"C'est noté, nous faisons une pause dans la saisie pour {name}. Ses réponses sont enregistrées ; vous reprendrez ici : {progress}.{Markup.Paragraph}Votre prochaine réponse sera encore la sienne. Écrivez « reprendre » quand vous voulez, ou « annuler » pour arrêter cette saisie.";

    /// <summary>« annuler » while typing for an élu: the relay stops, what was typed stays, and how to take it up again.</summary>
    public static string Stopped(string name, string progress) =>
        $"La saisie pour {name} est arrêtée ; ses réponses sont enregistrées.{Markup.Paragraph}Pour la reprendre ici, {progress}, écrivez « saisir pour un élu ».";

    /// <summary>A withdrawal or a correction gave the élu's état des lieux a question while no relay for them runs.</summary>
    public static string ResumesAt(string name, string progress) =>
        $"L'état des lieux de {name} reprendra ici : {progress}. Écrivez « saisir pour un élu » pour le compléter.";

    public const string BackToOwnInterview = "Vous revenez maintenant à votre propre état des lieux.";

    public static string RecapOf(string name) => $"Réponses de {name} :";

    public const string NameMissing = "Écrivez le nom de l'élu, par exemple « Jean Martin ».";

    /// <summary>« le maire », « l'adjointe »: a function, and no name with it.</summary>
    public const string NameMissingAfterFunction = "Écrivez le nom de l'élu plutôt que sa fonction, par exemple « Jean Martin ».";

    /// <summary>« non » to adding the élu named: another name may follow (the one meant), or « annuler ».</summary>
    public const string Cancelled = "Pas de souci, aucun élu n'a été ajouté. Écrivez « annuler » pour revenir à votre propre état des lieux.";
}
