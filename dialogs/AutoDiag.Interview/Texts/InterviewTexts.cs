using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says during the commune-by-commune interview.</summary>
public static class InterviewTexts
{
    public const string Done = "J'ai terminé";
    public const string NothingToReport = "Rien à signaler";

    /// <summary>« Commune 2/3 · Merville · ressources ».</summary>
    public static string Progress(InterviewPosition position) =>
        $"Commune {position.CommuneNumber}/{position.CommuneCount} · {position.Commune?.Name} · {StepName(position.Step)}{RankOf(position.Rank)}";

    /// <summary>« · thème 2/5 »: a long message can raise several risk questions in a row.</summary>
    private static string RankOf(QuestionRank? rank) => rank is { Count: > 1 } ? $" · thème {rank.Number}/{rank.Count}" : string.Empty;

    /// <summary>« Pour Jean Martin · Commune 1/2 · Merville · ressources »: answers typed for someone else.</summary>
    public static string ProgressFor(string elu, InterviewPosition position) => $"Pour {elu} · {Progress(position)}";

    public static string RelayFinished(string elu, IReadOnlyList<string> communes) =>
        $"L'état des lieux de {elu} est complet pour {FrenchText.JoinWithEt(communes)}. Merci pour cette saisie, elle est terminée.{Markup.Paragraph}Pour un autre élu, écrivez « saisir pour un élu ».";

    private static string StepName(InterviewStep step) => step switch
    {
        InterviewStep.Difficulties => "difficultés",
        InterviewStep.Resources => "ressources",
        InterviewStep.Risk => "risque d'aggravation",
        InterviewStep.Coverage => "thèmes non abordés",
        _ => "terminé",
    };

    /// <param name="noted">Difficulties noted already (from an offer, before a pause): said first, lest they be given twice.</param>
    public static string AskDifficulties(string commune, int noted = 0) =>
        $"{AlreadyNoted(noted, "difficulté")}Quelles difficultés sociales observez-vous à {commune} ? Décrivez-les simplement, en un ou plusieurs messages.";

    /// <summary>A difficulty typed at a yes-or-no that must come first (adding the élu, confirming one's participation).</summary>
    public const string NotStoredBeforeConfirmation =
        "Ce message n'est pas encore enregistré : répondez d'abord à la question ci-dessous, puis envoyez-le de nouveau.";

    public const string MoreDifficulties = "Une autre difficulté ? Sinon, répondez « J'ai terminé ».";

    /// <param name="noted">Resources noted already, as for <see cref="AskDifficulties"/>.</param>
    public static string AskResources(string commune, int noted = 0) =>
        $"{AlreadyNoted(noted, "ressource")}Quelles ressources existent à {commune} pour y répondre : services, associations, équipements, bénévoles… ?";

    private static string AlreadyNoted(int count, string what) => count switch
    {
        0 => string.Empty,
        1 => $"Une {what} est déjà notée. ",
        _ => $"{count} {what}s sont déjà notées. ",
    };

    public const string MoreResources = "Une autre ressource ? Sinon, répondez « J'ai terminé ».";

    public static string AskRisk(string theme, string commune) =>
        $"{theme} à {commune} : quel est le risque que la situation s'aggrave ?";

    public const string RiskLevelLabel = "Risque d'aggravation";

    /// <summary>Above a risk question: the difficulty that raised its theme, said by the élu, or for them (a relay).</summary>
    public static string RiskAbout(string difficulty, string? relayedName) =>
        $"{(relayedName is null ? "Vous avez" : relayedName + " a")} signalé : « {difficulty} »";

    /// <summary>The levels unfolded by « Changer le niveau »: which theme they change, lest they be taken for the next question's.</summary>
    public static string NewRiskLevelLabel(string theme) => $"Nouveau niveau pour {theme}";
    public const string RiskCommentLabel = "Pourquoi ? (facultatif)";
    public const string RiskTypedHint = "Vous pouvez aussi écrire « faible », « modéré » ou « élevé », suivi d'une raison si vous le souhaitez.";
    public const string RiskSubmit = "Enregistrer";
    public const string RiskLevelRequired = "Choisissez un niveau de risque.";
    public const string RiskLevelBeforeDifficulty = "Pour ce thème, dites d'abord en quelques mots la difficulté que vous observez : le niveau de risque vous sera demandé juste après. Sinon, répondez « Rien à signaler ».";
    public const string RiskLevelTooEarly = "Le niveau de risque vous sera demandé ensuite, thème par thème. Ici, décrivez la situation en quelques mots.";
    public const string RiskNotUnderstood = "Je n'ai pas compris le niveau de risque. Répondez « faible », « modéré » ou « élevé ».";

    /// <summary>« moyen à élevé »: one level is recorded, the reason can say more.</summary>
    public static string RiskBetween(RiskLevel low, RiskLevel high) =>
        $"Entre {RiskLevelName(low)} et {RiskLevelName(high)} : lequel retenez-vous ? Vous pourrez préciser dans le commentaire.";

    public const string RiskUnsure = "Si vous hésitez, choisissez le niveau qui vous semble le plus proche : vous pourrez le changer ensuite.";

    public const string RiskStillNeeded = "Il reste à donner le niveau de risque pour ce thème : « faible », « modéré » ou « élevé ».";

    public static string AskCoverage(string theme, string commune) =>
        $"Rien n'est noté sur le thème « {theme} » à {commune}. Y a-t-il une difficulté à signaler ? Sinon, répondez « Rien à signaler ».";

    public static string Acknowledged(IReadOnlyList<string> themes) =>
        themes.Count == 0 ? "Merci, c'est noté." : $"Noté — {string.Join(", ", themes)}.";

    /// <summary>
    /// An answer added from an offer, in the offer's place: where it went, with its kind, lest it read as the answer
    /// acknowledged just above.
    /// </summary>
    public static string AddedAcknowledged(AnswerKind kind, string commune, IReadOnlyList<string> themes)
    {
        var added = $"Ajouté aux {(kind == AnswerKind.Resource ? "ressources" : "difficultés")} {FrenchText.Of(commune)}";
        return themes.Count == 0 ? $"{added}." : $"{added} — {string.Join(", ", themes)}.";
    }

    public const string CorrectThemes = "Corriger les thèmes";
    public const string CorrectTestimonyThemesHelp = "Cochez les thèmes dont parle ce témoignage :";
    public const string CorrectThemesHelp = "Cochez les thèmes dont parle cette réponse :";
    public const string CorrectThemesSubmit = "Enregistrer";
    public const string NoThemeChecked = "Cochez au moins un thème, puis « Enregistrer ».";
    public const string WithdrawAnswer = "Retirer cette réponse";

    public const string WithdrawAnswerHelp = "Elle ne comptera plus dans l'état des lieux ; les autres réponses restent enregistrées.";

    public const string WithdrawAnswerSubmit = "Retirer";

    public const string AnswerWithdrawn = "C'est fait : cette réponse est retirée de l'état des lieux.";

    /// <summary>The answer was the only one to raise these themes: their risk levels went with it.</summary>
    public static string AnswerWithdrawnWithRisks(IReadOnlyList<string> themes) =>
        $"C'est fait : cette réponse est retirée de l'état des lieux, avec le niveau de risque donné pour {FrenchText.JoinWithEt(themes.Select(t => $"« {t} »").ToList())}.";

    /// <summary>A withdrawal left a question open in a commune the élu had finished: the interview goes back there.</summary>
    public static string BackToCommune(string commune) => $"Retour à {commune} : une question s'y pose de nouveau.";

    public const string AnswerNotFound = "Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé.";

    /// <summary>The same, from a consultant's listing, which is now shown as it is.</summary>
    public const string AnswerNotFoundListingRefreshed =
        "Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé, et la liste ci-dessus est à jour.";

    public static string ThemesCorrected(IReadOnlyList<string> themes) =>
        $"C'est corrigé — {string.Join(", ", themes)}. Merci, j'en tiendrai compte pour les prochaines réponses.";

    /// <summary>The themes taken off were the only difficulty on them: their risk levels went too.</summary>
    public static string ThemesCorrectedWithRisks(IReadOnlyList<string> themes, IReadOnlyList<string> risks)
    {
        var named = FrenchText.JoinWithEt(risks.Select(t => $"« {t} »").ToList());
        var gone = risks.Count == 1
            ? $"Le niveau de risque donné pour {named} est retiré : aucune autre difficulté ne porte sur ce thème."
            : $"Les niveaux de risque donnés pour {named} sont retirés : aucune autre difficulté ne porte sur ces thèmes.";
        return $"C'est corrigé — {string.Join(", ", themes)}. {gone} Merci, j'en tiendrai compte pour les prochaines réponses.";
    }

    public static string NothingToReportAcknowledged(string theme) => $"Noté : rien à signaler pour « {theme} ».";

    public const string ChangeRiskLevel = "Changer le niveau";

    public static string RiskChanged(string level, string theme, string commune) => $"C'est changé : risque {level} pour « {theme} » à {commune}.";

    /// <summary>The level chosen is the one recorded: a second tap, or the same level chosen again.</summary>
    public static string RiskUnchanged(string level, string theme, string commune) =>
        $"Le risque pour « {theme} » à {commune} est déjà {level} ; rien n'a été changé.";

    public const string RiskNotFound = "Je ne retrouve pas ce niveau de risque parmi les vôtres ; rien n'a été changé.";

    public static string RiskAcknowledged(string level, string theme) => $"Noté : risque {level} pour « {theme} ».";

    public const string SectionClosed = "Merci, c'est noté.";

    /// <summary>« rien », « J'ai terminé » at a question with nothing given to it.</summary>
    public static string SectionClosedWithNone(InterviewStep step, string commune) =>
        $"C'est noté : {(step == InterviewStep.Difficulties ? "aucune difficulté" : "aucune ressource")} à {commune}.";

    /// <param name="keptEnd">The last words kept (masked), for the élu to find where the rest starts.</param>
    public static string Truncated(int kept, string keptEnd) =>
        $"Votre message était très long : j'en ai gardé les {FrenchText.Number(kept)} premiers caractères, jusqu'à « …{Markup.Escape(keptEnd)} ». Envoyez la suite dans un autre message si besoin.";

    public static string CommentTruncated(int kept) =>
        $"Votre commentaire était très long : j'en ai gardé les {FrenchText.Number(kept)} premiers caractères.";

    /// <summary>« oui » to a question that asks what: there is something to describe.</summary>
    public static string SayWhich(InterviewStep step) => step == InterviewStep.Coverage
        ? "Laquelle ? Décrivez-la en quelques mots."
        : "Lesquelles ? Décrivez-les en quelques mots.";

    /// <summary>What a word of the démarche means, in plain words: « ressource », « risque d'aggravation », « difficulté ».</summary>
    public static string Definition(InterviewStep step) => step switch
    {
        InterviewStep.Resources =>
            "Une ressource, c'est ce qui aide déjà sur place : un service (CCAS, France Services), une association, un équipement, des bénévoles…",
        InterviewStep.Risk =>
            "Le risque d'aggravation, c'est la probabilité que la situation empire dans les années à venir si rien ne change.",
        _ =>
            "Une difficulté, c'est une situation qui pèse sur des habitants de la commune : personnes âgées isolées, logements dégradés, jeunes sans emploi, pas de transport…",
    };

    /// <summary>« c'est quoi une ressource ? »: what the question asks, in plain words, and how to answer it.</summary>
    public static string WhatIsAsked(InterviewStep step) => step switch
    {
        InterviewStep.Risk => Definition(step) + " Répondez selon ce que vous savez de la commune : « faible », « modéré » ou « élevé ».",
        InterviewStep.Coverage =>
            "Je vérifie qu'aucun thème n'est oublié : s'il y a une difficulté sur ce thème, décrivez-la en quelques mots ; sinon, répondez « Rien à signaler ».",
        _ => Definition(step) + " Quelques mots suffisent.",
    };

    /// <summary>« non en fait c'est modéré » with a level given before: that one, and its change one tap away.</summary>
    public static string RiskChangeOffer(string level, string theme, string commune, string newLevel) =>
        $"Vous aviez donné : risque {level} pour « {theme} » à {commune}. Le passer à {newLevel} ?";

    public static string ChangeRiskTo(string level) => $"Passer à {level}";

    /// <summary>« non en fait c'est modéré » and no level found that this person gave: nothing to change.</summary>
    public const string NoRiskToChange =
        "Aucun niveau de risque n'a encore été donné : il n'y a rien à changer. Je n'ai rien enregistré ici.";

    /// <summary>A name or a phone number alone, typed where a description is asked: masked, nothing would be left.</summary>
    public const string OnlyPersonalData =
        "Je ne garde ni les noms ni les coordonnées des habitants : décrivez plutôt la situation en quelques mots. Rien n'a été enregistré.";

    public const string HowToCorrect =
        $"Pour corriger une réponse, touchez « {WithdrawAnswer} » sous son accusé de réception, puis écrivez-la de nouveau. « {CorrectThemes} » y change ses thèmes.";

    public const string TakeYourTime = "Prenez votre temps : la question reste ouverte.";

    public const string CommuneNameAlone = "Le nom de la commune seul ne suffit pas : décrivez la situation en quelques mots.";

    public const string EmptyAnswer = "Votre message est vide. Écrivez quelques mots, ou répondez « J'ai terminé ».";
    public const string NoWordsAnswer = "Je n'ai pas trouvé de mots dans votre message. Décrivez la situation en quelques mots, ou répondez « J'ai terminé ».";
    public const string CardOutOfDate = "Cette carte correspond à une question précédente. Voici la question en cours.";

    /// <summary>« Au total » rather than a participle, which « aucune difficulté, 1 ressource » could not agree with.</summary>
    public static string CommuneFinished(string commune, int difficulties, int resources, int risks) =>
        $"{commune} : c'est terminé. Au total : {FrenchText.Count(difficulties, "difficulté", "difficultés", "aucune difficulté")}, " +
        $"{FrenchText.Count(resources, "ressource", "ressources", "aucune ressource")} et " +
        $"{FrenchText.Count(risks, "niveau de risque", "niveaux de risque", "aucun niveau de risque")}.";

    public static string NextCommune(string commune, int number, int count) => $"Passons à {commune} ({number}/{count}).";

    public static string AllFinished(IReadOnlyList<string> communes) =>
        $"Merci ! L'état des lieux est complet pour {FrenchText.JoinWithEt(communes)}. Vos réponses serviront à l'analyse avec votre consultant. Vous pouvez écrire « récap » à tout moment.";

    public static string OtherTerritories(IEnumerable<string> citations) =>
        $"Ce que d'autres territoires ont fait sur ces sujets :{Markup.LineBreak}{string.Join(Markup.LineBreak, citations.Select(c => "• " + c))}";

    public static string RecapTitle(string commune) => $"Ce qui est enregistré pour {commune} :";
    public const string RecapDifficulties = "Difficultés";
    public const string RecapResources = "Ressources";
    public const string RecapRisks = "Risque d'aggravation";

    /// <summary>« élevé pour Mobilité »: the level agrees with « risque », not with the theme.</summary>
    public static string RecapRisk(string level, string theme) => $"{level} pour {theme}";
    public const string RecapNothingToReport = "Rien à signaler";
    public const string RecapNone = "rien pour l'instant";

    public static string RiskLevelName(RiskLevel level) => level switch
    {
        RiskLevel.Faible => "faible",
        RiskLevel.Modere => "modéré",
        RiskLevel.Eleve => "élevé",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
