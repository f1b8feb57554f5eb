using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Calendar;

namespace AutoDiag.Interview.Texts;

/// <summary>What the consultant reads about the calendar of the démarche (« calendrier du déroulement »).</summary>
public static class CalendarTexts
{
    public const string NotAllowed = "Le calendrier de la démarche est tenu par les consultants et les administrateurs de l'intercommunalité.";

    public static string Title(string intercommunality) => $"{intercommunality} — calendrier de la démarche";
    public const string Intro = "Indiquez les dates connues ; laissez vide ce qui n'est pas encore fixé. Elles iront dans la fiche synthèse.";

    public static string StepLabel(DemarcheStep step) => step switch
    {
        DemarcheStep.PresentationAuxElus => "Présentation de la démarche aux élus",
        DemarcheStep.AteliersRessourcesDifficultes => "Soirée ateliers « ressources et difficultés »",
        DemarcheStep.SoireeTemoignages => "Soirée de témoignages des acteurs locaux et institutionnels",
        _ => "Restitution",
    };

    public const string HistoryLabel = "Historique de la politique sociale du territoire, pour le « Contexte » de la fiche (facultatif)";
    public const string Submit = "Enregistrer le calendrier";

    public static string Unreadable(DemarcheStep step) =>
        $"Je n'arrive pas à lire la date de l'étape {StepLabel(step)} : choisissez-la dans le calendrier, puis enregistrez.";

    public static string OutOfOrder(DemarcheStep step) =>
        $"La date de l'étape {StepLabel(step)} tombe avant celle de l'étape précédente : les étapes se suivent (présentation, ateliers, témoignages, restitution). Corrigez-la, puis enregistrez.";

    public static string ImplausibleYear(DemarcheStep step) =>
        $"L'année de l'étape {StepLabel(step)} semble erronée : vérifiez-la, puis enregistrez.";

    public static string HistoryTooLong(int max) => $"L'historique dépasse {FrenchText.Number(max)} caractères : raccourcissez-le, puis enregistrez.";

    public static string Saved(IEnumerable<(DemarcheStep Step, DateOnly? Date)> steps) =>
        "Le calendrier est enregistré :" + Markup.LineBreak +
        string.Join(Markup.LineBreak, steps.Select(s => $"• {StepLabel(s.Step)} : {(s.Date is { } date ? FrenchText.Date(date) : "à préciser")}"));
}
