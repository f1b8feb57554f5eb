namespace AutoDiag.Knowledge.Territories;

/// <summary>What an import did, or why it did nothing.</summary>
public sealed record TerritoryImportReport(int IntercommunalitiesAdded, int CommunesAdded, int CommunesUpdated, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
