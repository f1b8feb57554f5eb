using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Territories;

/// <summary>Reads the intercommunalités and their communes.</summary>
public sealed class TerritoryDirectory(IDbContextFactory<AutoDiagDbContext> dbFactory)
{
    public async Task<IReadOnlyList<IntercommunalitySummary>> ListIntercommunalitiesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Intercommunalities
            .OrderBy(i => i.Name)
            .Select(i => new IntercommunalitySummary(i.Id, i.Name, i.Population, i.PopulationYear, i.Communes.Count))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CommuneRef>> ListCommunesAsync(int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Communes
            .Where(c => c.IntercommunalityId == intercommunalityId)
            .OrderBy(c => c.Name)
            .Select(c => new CommuneRef(c.Id, c.Name))
            .ToListAsync(ct);
    }
}
