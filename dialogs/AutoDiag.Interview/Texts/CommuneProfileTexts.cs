using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says around the fiche commune.</summary>
public static class CommuneProfileTexts
{
    public const string AskCommune = "Pour quelle commune voulez-vous remplir la fiche ?";
    public const string AskCommuneForHistory = "De quelle commune voulez-vous voir l'historique de la fiche ?";
    public const string CommuneRetry = "Choisissez l'une de vos communes, s'il vous plaît.";

    public const string NoCommune = "Vous ne suivez aucune commune : il n'y a pas de fiche commune à remplir.";
    public const string NotAllowed = "Seuls les élus et les secrétaires de mairie de la commune peuvent modifier sa fiche.";

    public static string CardTitle(string commune) => $"Fiche commune · {commune}";
    public const string CardHint = "Laissez vide ce que vous ne savez pas.";

    /// <summary>Shown in the fiche's card, where text is escaped as a card needs it.</summary>
    public static string LastChange(string date, string? author) => author is null
        ? $"Dernière modification : {date}"
        : $"Dernière modification : {date} par {CardText.Plain(author)}";

    public const string PopulationLabel = "Population (habitants)";
    public const string PopulationYearLabel = "Année de ce chiffre";
    public const string HouseholdsLabel = "Nombre de ménages (si connu)";
    public const string ServicesTitle = "Services présents dans la commune";
    public const string AssociationsLabel = "Associations et acteurs locaux";
    public const string ContactLabel = "Contact (nom, téléphone ou courriel)";
    public const string Submit = "Enregistrer";
    public const string HistoryButton = "Voir l'historique";

    public const string PopulationNotANumber = "La population doit être un nombre entier, par exemple 4 180.";
    public const string PopulationYearNotANumber = "L'année doit être un nombre, par exemple 2021.";
    public const string HouseholdsNotANumber = "Le nombre de ménages doit être un nombre entier, par exemple 1 650.";

    public const string NotSaved = "La fiche n'est pas encore enregistrée :";
    public const string FillTheCard = "Remplissez la fiche puis appuyez sur « Enregistrer ».";
    public const string CardOutOfDate = "Cette fiche correspond à une version précédente. Voici la fiche à jour.";

    public static string Saved(string commune, string summary) => $"Fiche {FrenchText.Of(commune)} enregistrée.{Markup.LineBreak}{summary}";

    public static string Inhabitants(string count, int? year) => year is null ? $"{count} habitants" : $"{count} habitants ({year})";
    public static string Households(string count) => $"{count} ménages";
    public static string ServiceCount(int count) => count switch
    {
        0 => "aucun service coché",
        1 => "1 service",
        _ => $"{count} services",
    };
    /// <summary>« associations : « Club des aînés, ADMR » (Vieillissement) »: what was typed, then the themes found in it.</summary>
    public static string Associations(string typed, string? themes) =>
        themes is null ? $"associations : {typed}" : $"associations : {typed} ({themes})";

    public static string HistoryTitle(string commune) => $"Historique de la fiche {FrenchText.Of(commune)} :";
    public static string NoHistory(string commune) => $"La fiche {FrenchText.Of(commune)} n'a pas encore été remplie.";
    public static string HistoryLine(string date, string? author, string changes) => author is null
        ? $"{date} : {changes}"
        : $"{date}, {Markup.Escape(author)} : {changes}";
    public const string Created = "fiche créée";
    public const string NoChange = "aucun changement";

    /// <summary>Between two changes of one save in the history: « population 4 120 → 4 180 ; 3 services ».</summary>
    public const string ChangesSeparator = " ; ";

    public const string PopulationName = "Population";
    public const string PopulationYearName = "Année";
    public const string HouseholdsName = "Ménages";
    public const string ServicesName = "Services";
    public const string AssociationsName = "Associations";
    public const string ContactName = "Contact";
    public const string Empty = "vide";

    public static string Change(string field, string before, string after) => $"{field} : {before} → {after}";
    public static string ServicesChange(IReadOnlyList<string> added, IReadOnlyList<string> removed)
    {
        var parts = added.Select(a => $"+ {a}").Concat(removed.Select(r => $"− {r}"));
        return $"{ServicesName} : {string.Join(", ", parts)}";
    }
}
