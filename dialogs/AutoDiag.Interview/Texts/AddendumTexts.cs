using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says when a description comes once the état des lieux is complete.</summary>
public static class AddendumTexts
{
    public static string AskOne(string commune) =>
        $"Votre état des lieux {FrenchText.Of(commune)} est complet. Voulez-vous y ajouter ce message ?";

    public const string AskSeveral = "Votre état des lieux est complet. Voulez-vous ajouter ce message à l'une de vos communes ?";
    public const string CommuneLabel = "Commune";
    public const string CommuneRequired = "Choisissez la commune.";
    public const string AsDifficulty = "Comme difficulté";
    public const string AsResource = "Comme ressource";

    /// <summary>What the offer becomes once taken: nothing left to tap.</summary>
    public static string Added(string commune) => $"Message ajouté à l'état des lieux {FrenchText.Of(commune)}.";
}
