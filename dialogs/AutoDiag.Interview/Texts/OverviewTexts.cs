namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says when a consultant asks for the overview of the intercommunalité.</summary>
public static class OverviewTexts
{
    public const string NotAllowed = "La vue d'ensemble de l'intercommunalité est réservée aux consultants et aux administrateurs.";

    public static string Title(string intercommunality) => $"{intercommunality} — vue d'ensemble";

    public const string CommuneHeader = "Commune";
    public const string RespondentsHeader = "Fini";

    public const string OpenTheme = "Ouvrir un thème";
    public const string OpenCommune = "Ouvrir une commune";
    public const string ThemeLabel = "Thème à relire, toutes communes confondues";
    public const string CommuneLabel = "Commune à relire, tous thèmes confondus";
    public const string ChooseOne = "Choisissez-en un dans la liste.";
    public const string Open = "Ouvrir";

    public const string Legend =
        "Chiffre : nombre de difficultés signalées. Couleur : risque d'aggravation le plus élevé (vert faible, orange modéré, rouge élevé ; sans couleur : risque pas encore donné). Fini : participants ayant terminé / ayant répondu. ✓ : thème relu. Touchez un thème ou une commune pour lire ses réponses.";
}
