namespace AutoDiag.Knowledge.Participants;

/// <summary>What becomes of a participant's answers when their data is erased (<see cref="ParticipantDataService.EraseAsync"/>).</summary>
public enum ErasureMode
{
    /// <summary>
    /// The answers, risk levels and section completions stay — they are the commune's état des lieux — under the
    /// intercommunalité's « élu anonyme ».
    /// </summary>
    ReassignToAnonymous = 1,

    /// <summary>The answers (with their theme tags), risk levels and section completions are deleted.</summary>
    Delete = 2,
}
