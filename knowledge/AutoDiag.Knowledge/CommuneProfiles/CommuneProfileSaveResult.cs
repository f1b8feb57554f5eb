namespace AutoDiag.Knowledge.CommuneProfiles;

/// <summary>Either the revision saved, or the problems that kept the fiche from being saved (nothing is stored then).</summary>
public sealed record CommuneProfileSaveResult(CommuneProfileRevision? Saved, IReadOnlyList<CommuneProfileProblem> Problems)
{
    public bool Succeeded => Saved is not null;

    public static CommuneProfileSaveResult Success(CommuneProfileRevision saved) => new(saved, []);

    public static CommuneProfileSaveResult Failure(IReadOnlyList<CommuneProfileProblem> problems) => new(null, problems);
}
