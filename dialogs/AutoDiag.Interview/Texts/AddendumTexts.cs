using AutoDiag.Interview.Formatting;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says when a message that may be an answer comes once the état des lieux is complete.</summary>
public static class AddendumTexts
{
    public const string AskCommune = "Votre état des lieux est complet. À quelle commune voulez-vous ajouter ce message ?";

    public static string AskKind(string commune) => $"Ajouter ce message à l'état des lieux {FrenchText.Of(commune)} ?";

    public static string AskKindAfterComplete(string commune) =>
        $"Votre état des lieux {FrenchText.Of(commune)} est complet. Voulez-vous y ajouter ce message ?";

    public const string AsDifficulty = "Comme difficulté";
    public const string AsResource = "Comme ressource";
    public const string DoNotAdd = "Ne pas l'ajouter";
    public const string ChoiceRetry = "Choisissez l'une des réponses proposées.";
    public const string NotAdded = "C'est noté : je ne l'ajoute pas.";
}
