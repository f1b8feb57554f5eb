namespace AutoDiag.Knowledge.Invitations;

/// <summary>Why an invitation cannot be created.</summary>
public enum InvitationRefusal
{
    /// <summary>Only consultants and administrators invite.</summary>
    NotAllowedToInvite = 1,
    /// <summary>Only an administrator invites an administrator.</summary>
    RoleNotAllowed,
    /// <summary>The inviter does not follow that intercommunalité.</summary>
    IntercommunalityNotFollowed,
    /// <summary>An élu or a secrétaire de mairie covers at least one commune.</summary>
    CommunesRequired,
    /// <summary>The communes are unknown or not all of one intercommunalité.</summary>
    UnknownCommunes,
}

/// <summary>An invitation the rules refuse.</summary>
public sealed class InvitationRefusedException(InvitationRefusal reason)
    : Exception($"Invitation refused: {reason}.")
{
    public InvitationRefusal Reason { get; } = reason;
}
