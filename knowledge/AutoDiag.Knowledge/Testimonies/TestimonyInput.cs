namespace AutoDiag.Knowledge.Testimonies;

/// <summary>A testimony as the consultant types it: the structure heard and what it said, under the fiche's three headings.</summary>
public sealed record TestimonyInput(string Structure, string? Perceptions, string? Enjeux, string? Preconisations);
