using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// Who may do what, enforced by the domain services so that every path (card submits, commands,
/// exports) goes through it: élus and secrétaires de mairie act on their own communes only and correct the themes
/// of the answers they gave or typed only, and secrétaires may type the answers of the communes' élus; consultants
/// and administrators read and export everything of their intercommunalité, correct its tags, review it (marks, notes, témoignages,
/// calendar, fiche synthèse) and may relay answers; only administrators export and erase a participant's data
/// (<see cref="ProtectedAction.ManageParticipants"/>); nobody sees another intercommunalité.
/// </summary>
public sealed class AccessPolicy(ILogger<AccessPolicy> logger)
{
    public static bool Allows(ParticipantProfile who, ProtectedAction action, int intercommunalityId, int communeId)
    {
        if (!who.Follows(intercommunalityId))
        {
            return false;
        }

        return who.Role switch
        {
            ParticipantRole.Elu => who.Covers(communeId)
                && action is not (ProtectedAction.Export or ProtectedAction.RelayAnswers or ProtectedAction.Review or ProtectedAction.ManageParticipants
                    or ProtectedAction.Invite),
            ParticipantRole.SecretaireDeMairie => who.Covers(communeId)
                && action is not (ProtectedAction.Export or ProtectedAction.Review or ProtectedAction.ManageParticipants or ProtectedAction.Invite),
            ParticipantRole.Consultant => ConsultantMay(action),
            ParticipantRole.Administrator => ConsultantMay(action) || action == ProtectedAction.ManageParticipants,
            _ => false,
        };
    }

    private static bool ConsultantMay(ProtectedAction action) =>
        action is ProtectedAction.ReadAnswers or ProtectedAction.Export or ProtectedAction.CorrectTags or ProtectedAction.RelayAnswers
            or ProtectedAction.Review or ProtectedAction.Invite;

    /// <exception cref="AccessDeniedException">The rules refuse it; the refusal is logged.</exception>
    public void Demand(ParticipantProfile who, ProtectedAction action, int intercommunalityId, int communeId)
    {
        if (Allows(who, action, intercommunalityId, communeId))
        {
            return;
        }

        Refuse(who, action, intercommunalityId, communeId);
    }

    /// <summary>
    /// Correcting an answer's themes: élus and secrétaires de mairie correct the answers they gave or typed, not a
    /// colleague's of the same commune (a correction by someone else is the review's); consultants and administrators
    /// any answer of their intercommunalité.
    /// </summary>
    /// <exception cref="AccessDeniedException">The rules refuse it; the refusal is logged.</exception>
    public void DemandCorrection(ParticipantProfile who, int intercommunalityId, int communeId, bool givenOrTypedByThem)
    {
        Demand(who, ProtectedAction.CorrectTags, intercommunalityId, communeId);
        if (!givenOrTypedByThem && who.Role is ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie)
        {
            Refuse(who, ProtectedAction.CorrectTags, intercommunalityId, communeId);
        }
    }

    /// <summary>
    /// A refusal the conversation made before any service was called (an élu clicking a consultant's card, typing one
    /// of their commands, « inviter » or « saisir pour un élu »): logged as the services' refusals are, without throwing.
    /// </summary>
    /// <param name="who">Null for someone not registered.</param>
    /// <param name="where">What was refused (a dialog's name).</param>
    public void LogRefusal(ParticipantProfile? who, ProtectedAction action, string where) =>
        logger.LogWarning("Refused {Action} ({Where}) to participant {ParticipantId} ({Role})", action, where, who?.Id, who?.Role);

    [DoesNotReturn]
    private void Refuse(ParticipantProfile who, ProtectedAction action, int intercommunalityId, int communeId)
    {
        logger.LogWarning(
            "Refused {Action} on commune {CommuneId} (intercommunality {IntercommunalityId}) to participant {ParticipantId} ({Role})",
            action, communeId, intercommunalityId, who.Id, who.Role);
        throw new AccessDeniedException(action);
    }
}
