namespace AutoDiag.Knowledge.Territories;

/// <summary>A name users may type (a commune, an intercommunalité) and the id it stands for.</summary>
public sealed record NamedEntry(int Id, string Name);
