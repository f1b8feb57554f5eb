using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says around the interview: welcome, help, pause, commands. French, vouvoiement, short.</summary>
public static class MainTexts
{
    public const string Welcome =
        "Bonjour, je suis AutoDiag social. J'accompagne l'état des lieux social de votre intercommunalité : pour chacune de vos communes, les difficultés que vous observez, les ressources qui existent et le risque que les choses s'aggravent." + Markup.Paragraph +
        "Vous pouvez vous arrêter à tout moment : écrivez « pause », puis « reprendre » quand vous voulez. « récap » montre ce qui est enregistré, « aide » rappelle tout cela.";

    /// <summary>« reprendre » typed after a pause, minutes ago as often as days: no « Bon retour ! ».</summary>
    public const string Resuming = "Reprenons où vous en étiez.";

    public const string WelcomeBack = "Bon retour ! Reprenons où vous en étiez.";

    public const string WelcomeBackMessageNotRecorded =
        "Bon retour ! Pour ne rien mélanger, je n'ai pas enregistré ce message : voici la question où nous nous étions arrêtés.";

    public const string Help =
        "Je recueille, commune par commune, les difficultés sociales que vous observez, les ressources locales et le risque d'aggravation." + Markup.Paragraph +
        "À tout moment : « pause » pour vous arrêter (vous reprendrez à la même question, même dans plusieurs jours), « reprendre » pour continuer, « récap » pour voir ce qui est enregistré pour la commune en cours, « annuler » pour abandonner la question en cours, « fiche commune » pour renseigner les chiffres et les services de votre commune." + Markup.Paragraph +
        "Si l'état des lieux reste en suspens quelques jours, je vous envoie un court rappel ; « stop rappels » les arrête.";

    /// <summary>« aide » once the état des lieux is complete: nothing to pause or resume any more.</summary>
    public const string HelpWhenComplete =
        "Votre état des lieux est complet : je n'ai plus de question à vous poser. « récap » montre ce qui est enregistré ; si un point vous revient, écrivez-le ici : je vous proposerai de l'ajouter. « fiche commune » permet de renseigner les chiffres et les services de votre commune.";

    private const string SecretaireCommands =
        "Pour les secrétaires de mairie : « saisir pour un élu » pour taper les réponses d'un élu qui n'utilise pas Teams, « historique fiche » pour voir qui a modifié la fiche commune et quand.";

    /// <summary>A secrétaire de mairie's « aide »: the élu's, and what she does for others.</summary>
    public const string SecretaireHelp = Help + Markup.Paragraph + SecretaireCommands;

    public const string SecretaireHelpWhenComplete = HelpWhenComplete + Markup.Paragraph + SecretaireCommands;

    private const string SomethingForgotten = "Si un point vous revient, écrivez-le ici : je vous proposerai de l'ajouter.";

    /// <summary>« merci » once the état des lieux is complete; « ok », « d'accord »: <see cref="SomethingForgotten"/> alone.</summary>
    public static string CourtesyWhenComplete(bool thanks) => thanks ? "Avec plaisir ! " + SomethingForgotten : SomethingForgotten;

    /// <summary>A question about the questions once none is open: what the word means, then where things stand.</summary>
    public static string ExplainedWhenComplete(string? explanation) => explanation is null
        ? HelpWhenComplete
        : explanation + Markup.Paragraph + "Votre état des lieux est complet : si un point vous revient, écrivez-le ici.";

    public const string Paused = "C'est noté, nous faisons une pause. Vos réponses sont enregistrées.";

    public static string PausedAt(string progress) =>
        $"C'est noté, nous faisons une pause. Vos réponses sont enregistrées ; vous reprendrez ici : {progress}.{Markup.Paragraph}Écrivez « reprendre » quand vous voulez.";

    public const string NothingToCancel = "Il n'y a pas de question en cours à annuler. Écrivez « reprendre » quand vous voulez continuer.";

    /// <summary>« pause » or « annuler » with nothing to stop: an état des lieux complete, or a consultant.</summary>
    public const string Goodbye = "Au revoir, et merci !";

    public const string GoodbyeWhilePaused = "Au revoir ! Votre état des lieux vous attend : écrivez « reprendre » quand vous voulez.";

    public const string NothingRunning = "Il n'y a rien en cours. Écrivez « aide » pour voir ce que vous pouvez faire.";

    public const string ConsultantRecap =
        "« récap » montre à un élu ou à une secrétaire de mairie ses propres réponses. Pour les réponses de l'intercommunalité : « vue d'ensemble ».";

    public const string NothingToPause = "Nous sommes déjà en pause. Écrivez « reprendre » quand vous voulez.";

    public const string Cancelled = $"C'est annulé. Ce qui était déjà enregistré est conservé : pour retirer une réponse, touchez « {InterviewTexts.WithdrawAnswer} » sous son accusé de réception. Écrivez « reprendre » pour continuer.";

    /// <summary>After a withdrawal, an état des lieux told complete has a question again.</summary>
    public const string InterviewReopened = "Avec ce changement, votre état des lieux a de nouveau une question.";

    public const string NothingToRecap = "Vous n'avez encore rien enregistré.";

    public const string CardUnreadable = "Je n'ai pas pu lire cette carte ; rien n'a été enregistré.";

    public static string UnknownCommand(string typed) =>
        $"Je ne connais pas la commande « {Markup.Escape(typed)} ». Vous pouvez écrire « aide », « pause », « reprendre » ou « récap ».";

    public const string ConsultantRegistered = "Merci, votre inscription est faite." + Markup.Paragraph + ConsultantCommands;

    public const string ConsultantWelcomeBack = "Bonjour ! " + ConsultantCommandsIntro;

    /// <summary>A consultant's message that is no command: « relancer Estaires ».</summary>
    public static string ConsultantNotUnderstood(string typed) =>
        $"Je n'ai pas compris « {Markup.Escape(typed)} ». {ConsultantCommandsIntro}";

    /// <summary>After « C'est fait. Vous accompagnez la CC… » (a code, the roster): what they can ask for.</summary>
    public const string ConsultantCommandsIntro = "Voici ce que vous pouvez me demander :" + Markup.Paragraph + ConsultantCommands;

    /// <summary>What a consultant can ask for; also their « aide ».</summary>
    public const string ConsultantCommands =
        "« vue d'ensemble » : les difficultés par commune et par thème, avec le risque le plus élevé ; touchez un thème ou une commune pour relire ses réponses, corriger les thèmes, marquer comme relu et ajouter une note." + Markup.LineBreak +
        "« témoignage » : noter ce qu'a dit une structure à la soirée de témoignages." + Markup.LineBreak +
        "« calendrier » : les dates de la démarche." + Markup.LineBreak +
        "« fiche synthèse » : le brouillon de fiche, avec la carte des risques et des pistes d'autres territoires." + Markup.LineBreak +
        "« exporter » : les réponses en classeur Excel ou en CSV." + Markup.LineBreak +
        "« saisir pour un élu » : taper les réponses d'un élu qui n'utilise pas Teams." + Markup.LineBreak +
        "« inviter » : un code pour un élu ou une secrétaire de mairie." + Markup.LineBreak +
        "« relancer » : un rappel à ceux qui n'ont pas terminé l'état des lieux.";

    public const string PersonalChatOnly =
        "Bonjour ! Les réponses à l'état des lieux peuvent concerner des habitants : je les recueille uniquement en conversation privée. Ouvrez une conversation avec moi (AutoDiag social) pour commencer ou reprendre.";

    public static readonly IReadOnlySet<string> Greetings = new HashSet<string>
    {
        "bonjour", "bonsoir", "salut", "hello", "coucou", "hi", "bjr", "re", "merci", "merci beaucoup", "ok", "ok merci",
        "d'accord", "entendu", "bien recu", "parfait",
    };
}
