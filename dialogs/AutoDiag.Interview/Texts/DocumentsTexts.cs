using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the consultant reads when asking for the fiche synthèse or the exports.</summary>
public static class DocumentsTexts
{
    public const string NotAllowed = "La fiche synthèse et les exports sont réservés aux consultants et aux administrateurs de l'intercommunalité.";

    public static string FicheReady(string intercommunality) =>
        $"Voici le brouillon de fiche synthèse {FrenchText.OfIntercommunality(intercommunality)}, construit à partir des réponses, des témoignages, du calendrier et de vos notes. " +
        "Chaque enjeu cite les communes dont il vient ; relisez-le et complétez-le avant la restitution.";

    public static string ExportsReady(string intercommunality) =>
        $"Voici les réponses {FrenchText.OfIntercommunality(intercommunality)} : le classeur a une feuille « Matrice », une feuille par thème et une feuille « Risques » ; le CSV s'ouvre directement dans Excel.";

    public static string LinksValidity(TimeSpan lifetime) =>
        $"Ces liens sont personnels et valables {Duration(lifetime)}. Pour en obtenir de nouveaux, écrivez à nouveau la commande.";

    public const string FicheHtml = "Fiche synthèse (page à imprimer)";
    public const string FicheMarkdown = "Fiche synthèse (texte Markdown)";
    public const string Heatmap = "Carte des risques (image)";
    public const string AnswersXlsx = "Réponses (classeur Excel)";
    public const string AnswersCsv = "Réponses (CSV)";

    private static string Duration(TimeSpan lifetime) => lifetime.TotalHours >= 1
        ? FrenchText.Count((int)lifetime.TotalHours, "heure", "heures", "moins d'une heure")
        : FrenchText.Count(Math.Max(1, (int)lifetime.TotalMinutes), "minute", "minutes", "moins d'une minute");
}
