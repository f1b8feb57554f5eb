using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Recognition;

/// <summary>The roles as offered on buttons, with the words people type for them.</summary>
public static class RoleChoices
{
    public static readonly IReadOnlyList<RoleChoice> All =
    [
        new(ParticipantRole.Elu, OnboardingTexts.RoleElu, ["élu", "élue", "maire", "adjoint", "adjointe", "conseiller", "conseillère", "conseiller municipal"]),
        new(ParticipantRole.SecretaireDeMairie, OnboardingTexts.RoleSecretaire, ["secrétaire", "secretaire de mairie", "mairie"]),
        new(ParticipantRole.Consultant, OnboardingTexts.RoleConsultant, ["consultant", "consultante"]),
        new(ParticipantRole.Administrator, OnboardingTexts.RoleAdministrator, ["administrateur", "administratrice", "admin"]),
    ];

    /// <summary>What anyone may choose without an invitation (the demo): administrators are only invited.</summary>
    public static IReadOnlyList<RoleChoice> SelfChosen => All.Where(r => r.Role != ParticipantRole.Administrator).ToList();
}
