namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>Why a field of the fiche cannot be saved as it is, in a sentence for the participant.</summary>
public sealed record CommuneProfileProblem(CommuneProfileField Field, string Explanation);
