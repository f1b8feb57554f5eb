namespace AutoDiag.Knowledge.Territories;

public sealed record IntercommunalitySummary(int Id, string Name, int? Population, int? PopulationYear, int CommuneCount);
