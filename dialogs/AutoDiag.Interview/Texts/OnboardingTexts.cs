using AutoDiag.Interview.Formatting;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Texts;

/// <summary>What the bot says while getting to know a new participant.</summary>
public static class OnboardingTexts
{
    public const string AskRole = "Pour commencer, quel est votre rôle ?";
    public const string RoleRetry = "Je n'ai pas compris votre rôle. Choisissez « Élu(e) », « Secrétaire de mairie » ou « Consultant(e) ».";

    // Buttons as French forms write them: a woman picks her role too.
    public const string RoleElu = "Élu(e)";
    public const string RoleSecretaire = "Secrétaire de mairie";
    public const string RoleConsultant = "Consultant(e)";
    public const string RoleAdministrator = "Administrateur(trice)";

    public const string AskIntercommunality = "Pour quelle intercommunalité participez-vous ?";

    public static string IntercommunalityNotFound(string typed, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Je n'ai pas trouvé d'intercommunalité « {Markup.Escape(typed)} ». Choisissez-la dans la liste."
        : $"Je n'ai pas trouvé d'intercommunalité « {Markup.Escape(typed)} ». Vouliez-vous dire {string.Join(" ou ", suggestions)} ?";

    public static string AskCommunes(string intercommunality) =>
        $"Pour quelle(s) commune(s) de la {intercommunality} répondez-vous ? Cochez-les, ou écrivez leurs noms séparés par des virgules.";

    /// <summary>The check boxes' label: neutral, since the card also asks for the communes of someone invited or relayed.</summary>
    public const string CommunesCardTitle = "Communes";
    public const string CommunesSubmit = "Valider";
    public const string CommunesNone = "Choisissez au moins une commune.";

    public static string CommuneNotFound(string typed, IReadOnlyList<string> suggestions) => suggestions.Count == 0
        ? $"Je n'ai pas trouvé de commune « {Markup.Escape(typed)} » dans votre intercommunalité."
        : $"Je n'ai pas trouvé de commune « {Markup.Escape(typed)} ». Vouliez-vous dire {string.Join(" ou ", suggestions)} ?";

    /// <summary>The communes of a typed list that were found, kept while another is asked about.</summary>
    public static string CommunesKept(IReadOnlyList<string> communes) =>
        $"J'ai bien noté {FrenchText.JoinWithEt(communes)} : {(communes.Count == 1 ? "elle est cochée" : "elles sont cochées")} ci-dessous.";

    public static string CommuneAmbiguous(string typed, IReadOnlyList<string> candidates) =>
        $"« {Markup.Escape(typed)} » peut désigner {string.Join(" ou ", candidates)}. Laquelle voulez-vous dire ?";

    public const string CommunesTampered = "Cette liste contient une commune qui n'est pas dans votre intercommunalité. Choisissez vos communes à nouveau.";

    public static string Confirm(ParticipantRole role, string intercommunality, IReadOnlyList<string> communes) =>
        $"{ParticipationTexts.Describe(role, intercommunality, communes)} C'est bien cela ?";

    public const string ConfirmRetry = "Je n'ai pas compris : répondez « Oui » ou « Non ».";

    public const string StartAgain = "Pas de souci, reprenons depuis le début.";

    public const string NoIntercommunality =
        "Aucune intercommunalité n'est encore inscrite. Votre consultant ou votre administrateur doit d'abord charger la liste des communes.";
}
