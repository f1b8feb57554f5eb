using System.Globalization;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// Every French word the fiche synthèse shows (Markdown, HTML and the heatmap), in the voice of
/// shared/spec/voice.md: plain words of the démarche, French typography (« guillemets » and a non-breaking space
/// before « : ; ? ! »), numbers as « 40 239 habitants ». Renderers only assemble these texts; they never write their own.
/// </summary>
public static class FicheSyntheseTexts
{
    /// <summary>Non-breaking space: inside « », before : ; ? !, between a number's groups of digits.</summary>
    public const string Nbsp = "\u00A0";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly NumberFormatInfo Numbers = new() { NumberGroupSeparator = Nbsp, NumberGroupSizes = [3], NumberDecimalDigits = 0 };

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    // Document
    public const string Demarche = "Démarche «" + Nbsp + "Politique sociale intercommunale" + Nbsp + "»";
    public const string DraftLabel = "Projet de fiche synthèse";

    public static string Title(string intercommunality) => $"{DraftLabel} — {intercommunality}";

    public static string DraftNotice(DateOnly generatedOn) =>
        $"Projet établi le {Date(generatedOn)} à partir des réponses des élus et des secrétaires de mairie, des témoignages "
        + "des acteurs et de vos notes. Chaque enjeu cite les communes dont il vient. À relire, corriger et compléter "
        + "avant la restitution.";

    // Sections, as in the fiches
    public const string SectionContexte = "CONTEXTE";
    public const string SectionCalendrier = "CALENDRIER DU DÉROULEMENT";
    public const string SectionAxes = "LES AXES STRATÉGIQUES";
    public const string SectionCommentaires = "COMMENTAIRES ET ENJEUX MAJEURS";
    public const string Enjeux = "Les enjeux";
    public const string Orientations = "Les orientations";

    /// <summary>The four sections, in the fiches' order.</summary>
    public static IReadOnlyList<string> Sections { get; } = [SectionContexte, SectionCalendrier, SectionAxes, SectionCommentaires];

    // Contexte
    public static string Population(int? population, int? year, bool summedFromCommunes = false) =>
        (population, year, summedFromCommunes) switch
        {
            (null, _, _) => "Population non renseignée",
            ({ } p, { } y, false) => $"{Number(p)} habitants ({y})",
            ({ } p, null, false) => $"{Number(p)} habitants",
            ({ } p, { } y, true) => $"{Number(p)} habitants ({y}, total des fiches communes)",
            ({ } p, null, true) => $"{Number(p)} habitants (total des fiches communes)",
        };

    public static string Communes(int count, IReadOnlyList<DepartementShare> departements)
    {
        var communes = Count(count, "commune", "communes");
        return departements.Count <= 1
            ? communes
            : $"{communes} ({string.Join(", ", departements.Select(d => $"{d.Departement}{Nbsp}: {Number(d.Communes)}"))})";
    }

    public static string Participation(SyntheseParticipation participation, int communeCount)
    {
        if (participation.CommunesWithAnswers == 0)
        {
            return "Aucune réponse n'est encore enregistrée pour les communes.";
        }

        var who = new List<string>();
        if (participation.Elus > 0)
        {
            who.Add(Count(participation.Elus, "élu", "élus"));
        }

        if (participation.Secretaires > 0)
        {
            who.Add(Count(participation.Secretaires, "secrétaire de mairie", "secrétaires de mairie"));
        }

        var by = who.Count == 0 ? string.Empty : $", de {string.Join(" et ", who)}";
        return $"État des lieux{Nbsp}: réponses pour {Number(participation.CommunesWithAnswers)} commune"
            + $"{(participation.CommunesWithAnswers > 1 ? "s" : string.Empty)} sur {Number(communeCount)}{by}{Nbsp}: "
            + $"{Count(participation.Difficulties, "difficulté", "difficultés")} et {Count(participation.Resources, "ressource", "ressources")}.";
    }

    public static string TestimonyCount(int count) => count switch
    {
        0 => $"Témoignages des acteurs locaux et institutionnels{Nbsp}: aucun enregistré pour l'instant.",
        _ => $"Témoignages des acteurs locaux et institutionnels{Nbsp}: {Count(count, "enregistré", "enregistrés")}.",
    };

    public const string HistoryLabel = "Historique";

    // Calendrier
    public static string Step(DemarcheStep step) => step switch
    {
        DemarcheStep.PresentationAuxElus => "Présentation de la démarche aux élus",
        DemarcheStep.AteliersRessourcesDifficultes => "Soirée Ateliers Ressources et difficultés réunissant des élus",
        DemarcheStep.SoireeTemoignages => "Soirée de témoignages des acteurs locaux et institutionnels",
        DemarcheStep.Restitution => "Restitution de la démarche en plénière (élus et acteurs locaux et institutionnels)",
        _ => step.ToString(),
    };

    public const string DateToBeSet = "date à préciser";

    public static string StepDate(DateOnly? date) => date is { } d ? Date(d) : DateToBeSet;

    public static string ActorsHeard(IReadOnlyList<string> structures) =>
        structures.Count == 0
            ? $"Acteurs entendus{Nbsp}: aucun témoignage enregistré pour l'instant."
            : $"Acteurs entendus{Nbsp}: {string.Join(" · ", structures)}";

    // Heatmap
    public const string HeatmapTitle = "Difficultés et risque d'aggravation, par commune et par thème";
    public const string HeatmapSubtitle =
        "Chiffre" + Nbsp + ": réponses signalant une difficulté · couleur" + Nbsp + ": risque d'aggravation le plus élevé indiqué";
    public const string HeatmapNoCommune = "Aucune commune dans l'intercommunalité.";
    public const string LegendNoDifficulty = "Aucune difficulté";
    public const string LegendNotAssessed = "Risque non évalué";
    public const string LegendFaible = "Risque faible";
    public const string LegendModere = "Risque modéré";
    public const string LegendEleve = "Risque élevé";

    public static string HeatmapAlt(int communes, int themes) =>
        $"Carte des risques{Nbsp}: {Count(communes, "commune", "communes")} × {Count(themes, "thème", "thèmes")}";

    public const string HeatmapCaption =
        "Carte des risques — pour chaque commune (en ligne) et chaque thème (en colonne), le nombre de réponses "
        + "signalant une difficulté" + Nbsp + "; la couleur donne le risque d'aggravation le plus élevé indiqué pour la commune.";

    // Axes
    public static string AxisTitle(int number, string title) => $"{number} – {title.ToUpper(French)}";

    public const string NoAxis =
        "Aucune difficulté n'est encore relevée par les communes" + Nbsp + ": aucun axe ne peut être proposé pour l'instant.";

    /// <summary>Beyond this many communes, a risk level gives their number and points to the map rather than naming them.</summary>
    public const int MaxCommunesNamedPerRiskLevel = 8;

    /// <summary>
    /// « Difficultés relevées dans 3 communes sur 8 (Estaires, Lestrem, Merville), 3 réponses ; risque d'aggravation jugé
    /// élevé à Merville ; modéré à Estaires et Lestrem. » — « (toutes les communes) » when every commune raised it.
    /// </summary>
    public static string Constat(IReadOnlyList<string> communes, int communeCount, int answers, IReadOnlyList<(RiskLevel Level, IReadOnlyList<string> Communes)> risks)
    {
        var which = communes.Count == communeCount && communeCount > 1 ? "(toutes les communes)" : Cited(communes);
        var text = $"Difficultés relevées dans {Number(communes.Count)} commune{(communes.Count > 1 ? "s" : string.Empty)} sur {Number(communeCount)} "
            + $"{which}, {Count(answers, "réponse", "réponses")}";
        var levels = risks.Where(r => r.Communes.Count > 0)
            .OrderByDescending(r => r.Level)
            .Select(r => r.Communes.Count <= MaxCommunesNamedPerRiskLevel
                ? $"{Risk(r.Level)} à {AndList(r.Communes)}"
                : $"{Risk(r.Level)} dans {Number(r.Communes.Count)} communes")
            .ToList();
        var map = risks.Any(r => r.Communes.Count > MaxCommunesNamedPerRiskLevel) ? " (voir la carte des risques)" : string.Empty;
        return levels.Count == 0
            ? text + Nbsp + "; risque d'aggravation pas encore évalué."
            : text + $"{Nbsp}; risque d'aggravation jugé {string.Join(Nbsp + "; ", levels)}{map}.";
    }

    /// <summary>« Estaires, La Gorgue et Merville ».</summary>
    private static string AndList(IReadOnlyList<string> items) =>
        items.Count < 2 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} et {items[^1]}";

    public static string Risk(RiskLevel level) => level switch
    {
        RiskLevel.Faible => "faible",
        RiskLevel.Modere => "modéré",
        RiskLevel.Eleve => "élevé",
        _ => level.ToString(),
    };

    public static string RiskCommentLead(RiskLevel? level) => level is { } l ? $"Risque {Risk(l)}{Nbsp}:" : $"Risque{Nbsp}:";

    public const string ActorEnjeuxLead = "Ce qu'en disent les acteurs entendus à la soirée de témoignages" + Nbsp + ":";

    public static string OrientationsLead(OrientationOrigin origin) => origin switch
    {
        OrientationOrigin.Ressource => "S'appuyer sur les ressources citées par les élus" + Nbsp + ":",
        OrientationOrigin.FicheCommune => "Services et associations recensés dans les fiches communes" + Nbsp + ":",
        OrientationOrigin.Preconisation => "Préconisations des acteurs locaux et institutionnels" + Nbsp + ":",
        OrientationOrigin.Piste => "Ce que d'autres territoires ont fait" + Nbsp + ":",
        _ => origin.ToString(),
    };

    public const string AssociationsLabel = "Associations" + Nbsp + ":";

    public const string OtherThemesLead = "Autres thèmes relevés, sans axe proposé" + Nbsp + ":";

    /// <summary>« Précarités et pauvreté : 1 réponse (Estaires) ».</summary>
    public static string ThemeMention(ThemeMention theme) =>
        $"{theme.Label}{Nbsp}: {Count(theme.DifficultyCount, "réponse", "réponses")} {Cited(theme.Communes)}";

    // Commentaires
    public const string NoComment =
        "Aucune note pour l'instant" + Nbsp + ": vos commentaires sur la démarche ou sur un thème apparaîtront ici.";

    public static string CommentLead(string themeLabel) => $"{themeLabel}{Nbsp}:";

    // Shared forms

    /// <summary>« 28 mars 2017 », « 1er janvier 2017 ».</summary>
    public static string Date(DateOnly date) =>
        $"{(date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture))} {Months[date.Month - 1]} {date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>« 40 239 », with a non-breaking space between groups.</summary>
    public static string Number(int value) => value.ToString("N0", Numbers);

    /// <summary>« «&#160;texte&#160;» ».</summary>
    public static string Quote(string text) => $"«{Nbsp}{text}{Nbsp}»";

    /// <summary>« (Estaires, Merville) ».</summary>
    public static string Cited(IReadOnlyList<string> communes) => $"({string.Join(", ", communes)})";

    private static string Count(int count, string singular, string plural) => $"{Number(count)} {(count > 1 ? plural : singular)}";
}
