namespace AutoDiag.Knowledge.Participants;

public enum ParticipantRole
{
    Elu = 1,
    SecretaireDeMairie = 2,
    Consultant = 3,
}
