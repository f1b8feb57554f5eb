namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says when a consultant asks for the overview of the intercommunalité.</summary>
public static class OverviewTexts
{
    public const string NotAllowed = "La vue d'ensemble de l'intercommunalité est réservée aux consultants et aux administrateurs.";

    public static string Title(string intercommunality) => $"{intercommunality} — vue d'ensemble";

    public const string CommuneHeader = "Commune";
    public const string RespondentsHeader = "Réponses";

    public const string Legend =
        "Chiffre : nombre de difficultés signalées. Couleur : risque d'aggravation le plus élevé (vert faible, orange modéré, rouge élevé). Réponses : participants ayant terminé / ayant répondu.";
}
