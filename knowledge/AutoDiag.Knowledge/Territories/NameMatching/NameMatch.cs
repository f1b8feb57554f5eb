namespace AutoDiag.Knowledge.Territories;

/// <summary>The result of matching a typed name.</summary>
/// <param name="Kind">How the name was found.</param>
/// <param name="Candidates">
/// Exact and Close: the one entry found. Ambiguous: the entries that fit equally well. NotFound: the closest
/// suggestions, possibly none.
/// </param>
public sealed record NameMatch(NameMatchKind Kind, IReadOnlyList<NamedEntry> Candidates);
