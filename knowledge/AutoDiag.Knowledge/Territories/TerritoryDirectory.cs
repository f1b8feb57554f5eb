using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// Reads the intercommunalités and their communes, sorted by name in memory: the database's own order depends on
/// its collation (binary in SQLite, the server's locale in PostgreSQL), and the lists must not change with it.
/// </summary>
public sealed class TerritoryDirectory(IDbContextFactory<AutoDiagDbContext> dbFactory)
{
    public async Task<IReadOnlyList<IntercommunalitySummary>> ListIntercommunalitiesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var intercommunalities = await db.Intercommunalities
            .Select(i => new IntercommunalitySummary(i.Id, i.Name, i.Population, i.PopulationYear, i.Communes.Count))
            .ToListAsync(ct);
        return intercommunalities.OrderBy(i => i.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<CommuneRef>> ListCommunesAsync(int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var communes = await db.Communes
            .Where(c => c.IntercommunalityId == intercommunalityId)
            .Select(c => new CommuneRef(c.Id, c.Name))
            .ToListAsync(ct);
        return communes.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }
}
