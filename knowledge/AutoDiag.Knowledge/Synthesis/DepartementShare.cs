namespace AutoDiag.Knowledge.Synthesis;

/// <summary>How many communes of the intercommunalité lie in a département (« Nord : 4 »).</summary>
public sealed record DepartementShare(string Departement, int Communes);
