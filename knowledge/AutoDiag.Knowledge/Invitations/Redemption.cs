using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Invitations;

/// <summary>Why a typed code did not enrol anyone. Nothing more is told: not who created it, nor for which commune.</summary>
public enum RedemptionFailure
{
    Unknown = 1,
    Expired,
    AlreadyUsed,
    /// <summary>The person is already a participant: a code does not change their role or communes.</summary>
    AlreadyRegistered,
}

/// <summary>The participant a code enrolled, or why it did not.</summary>
public sealed record Redemption(ParticipantProfile? Participant, RedemptionFailure? Failure)
{
    public bool Succeeded => Participant is not null;
}
