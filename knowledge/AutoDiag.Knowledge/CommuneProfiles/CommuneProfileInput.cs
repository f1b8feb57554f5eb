namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>What the participant submitted for the fiche; null numbers are « not known ».</summary>
public sealed record CommuneProfileInput(
    int? Population,
    int? PopulationYear,
    int? Households,
    IReadOnlyList<string> Services,
    string? Associations,
    string? Contact);
