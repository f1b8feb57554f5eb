using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the consultant reads while recording the témoignages of local and institutional actors (phase 2).</summary>
public static class TestimonyTexts
{
    public const string NotAllowed = "Les témoignages des acteurs locaux sont saisis par les consultants et les administrateurs de l'intercommunalité.";

    public const string Intro =
        "Notez ce qu'une structure a dit à la soirée de témoignages. Ces témoignages restent à part des réponses des élus ; ils nourrissent les orientations de la fiche synthèse.";

    public static string AlreadyHeard(IReadOnlyList<string> structures) =>
        $"Déjà enregistrés : {FrenchText.JoinWithEt(structures)}.";

    public const string StructureLabel = "Structure (par exemple : Mission Locale, ADMR, CCAS de Guer)";
    public const string PerceptionsLabel = "Ce qu'elle constate sur le territoire";
    public const string EnjeuxLabel = "Les enjeux qu'elle voit";
    public const string PreconisationsLabel = "Ce qu'elle préconise";
    public const string Submit = "Enregistrer le témoignage";
    public const string Another = "Saisir un autre témoignage";

    public const string StructureMissing = "Il manque le nom de la structure : indiquez-le, puis enregistrez.";
    public static string StructureTooLong(int max) => $"Le nom de la structure dépasse {FrenchText.Number(max)} caractères : raccourcissez-le.";
    public const string NothingSaid = "Le témoignage est vide : notez au moins ce que la structure constate, les enjeux ou ses préconisations.";
    public static string TextTooLong(int max) => $"Un des champs dépasse {FrenchText.Number(max)} caractères : raccourcissez-le, puis enregistrez.";

    public static string Recorded(string structure, IReadOnlyList<string> themes, int count) =>
        $"Témoignage de « {structure} » enregistré — {(themes.Count == 0 ? "aucun thème reconnu" : FrenchText.JoinWithEt(themes))}. " +
        $"{FrenchText.Count(count, "témoignage enregistré", "témoignages enregistrés", "aucun témoignage")} pour l'intercommunalité.";

    public static string ThemesCorrected(IReadOnlyList<string> themes) => $"C'est corrigé — {string.Join(", ", themes)}.";

    public const string NotFound = "Je ne retrouve pas ce témoignage.";
}
