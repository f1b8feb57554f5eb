namespace AutoDiag.Knowledge.Participants;

/// <summary>What the access rules decide on.</summary>
public enum ProtectedAction
{
    /// <summary>Give answers about a commune (the interview).</summary>
    Answer = 1,
    ReadAnswers = 2,
    Export = 3,
    CorrectTags = 4,
    EditCommuneProfile = 5,
    /// <summary>Type the answers of an élu who does not use Teams (« saisie pour le compte de »).</summary>
    RelayAnswers = 6,
    /// <summary>The consultant's work on an intercommunalité: review marks, notes, témoignages, calendar, fiche synthèse.</summary>
    Review = 7,
    /// <summary>
    /// The rights of the people registered: export a participant's data and erase it (<see cref="ParticipantDataService"/>);
    /// and what personal data the intercommunalité keeps: the originals of masked texts (<see cref="Privacy.OriginalTextSettings"/>).
    /// Administrators of the participant's intercommunalité only.
    /// </summary>
    ManageParticipants = 8,
    /// <summary>Invite people into the démarche: consultants and administrators (<see cref="Invitations.InvitationService.RolesInvitableBy"/> says whom).</summary>
    Invite = 9,
}
