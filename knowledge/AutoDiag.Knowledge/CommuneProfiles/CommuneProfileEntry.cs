namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>A revision with the name of the participant who made it (null when they gave none).</summary>
public sealed record CommuneProfileEntry(CommuneProfileRevision Revision, string? ChangedByName);
