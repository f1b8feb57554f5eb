using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Interview.Texts;

/// <summary>
/// What the bot says when a description comes where none was asked — once the état des lieux is complete, at a risk
/// question — or when part of an answer reads as the other kind.
/// </summary>
public static class AddendumTexts
{
    /// <summary>The offer once the état des lieux is complete, for the élu's communes.</summary>
    public static string AskComplete(IReadOnlyList<CommuneRef> communes) => communes.Count == 1
        ? $"Votre état des lieux {FrenchText.Of(communes[0].Name)} est complet. Voulez-vous y ajouter ce message ?"
        : "Votre état des lieux est complet. Voulez-vous ajouter ce message à l'une de vos communes ?";

    /// <summary>The offer for a description typed at a risk question, for the commune asked about.</summary>
    public static string AskAtRiskQuestion(string commune) =>
        $"Ce message ne donne pas de niveau de risque. Voulez-vous l'ajouter à l'état des lieux {FrenchText.Of(commune)} ? La question du risque reste posée juste après.";

    /// <summary>The same, during a relay: the message goes to the élu's état des lieux.</summary>
    public static string AskAtRiskQuestionFor(string elu, string commune) =>
        $"Ce message ne donne pas de niveau de risque. Voulez-vous l'ajouter à l'état des lieux de {elu} pour {commune} ? La question du risque reste posée juste après.";

    /// <summary>The offer for a description sent on coming back, before the question left open.</summary>
    public static string AskWhenResuming(IReadOnlyList<CommuneRef> communes) => communes.Count == 1
        ? $"Je n'ai pas encore enregistré ce message : voulez-vous l'ajouter à l'état des lieux {FrenchText.Of(communes[0].Name)} ?"
        : $"Je n'ai pas encore enregistré ce message : voulez-vous l'ajouter à votre état des lieux, et pour quelle commune ?";

    /// <summary>The offer of a clause of an answer that reads as the other kind: a help said with a difficulty, a limit with a resource.</summary>
    /// <param name="kind">The kind offered.</param>
    /// <param name="clause">Masked, and escaped for where it is shown.</param>
    public static string AlsoSays(AnswerKind kind, string clause) => kind == AnswerKind.Resource
        ? $"Ce message cite aussi une ressource : « {clause} »."
        : $"Ce message signale aussi une difficulté : « {clause} ».";

    /// <summary>The one button of that offer.</summary>
    public static string AddAs(AnswerKind kind) => kind == AnswerKind.Resource ? "L'ajouter aux ressources" : "L'ajouter aux difficultés";

    public const string CommuneLabel = "Commune";
    public const string CommuneRequired = "Choisissez la commune.";
    public const string AsDifficulty = "Comme difficulté";
    public const string AsResource = "Comme ressource";
}
