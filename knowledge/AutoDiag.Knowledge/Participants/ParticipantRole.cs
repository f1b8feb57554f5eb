namespace AutoDiag.Knowledge.Participants;

public enum ParticipantRole
{
    Elu = 1,
    SecretaireDeMairie = 2,
    Consultant = 3,
    /// <summary>Runs the démarche for the intercommunalité: invites participants, reads and exports everything of it.</summary>
    Administrator = 4,
}
