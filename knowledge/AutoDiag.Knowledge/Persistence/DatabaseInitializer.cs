using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Persistence;

/// <summary>Creates or migrates the database at start-up, and seeds the demo intercommunalité on an empty one.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<AutoDiagDbContext> dbFactory)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (!await db.Intercommunalities.AnyAsync(ct))
        {
            db.Intercommunalities.Add(DemoTerritory.Create());
            await db.SaveChangesAsync(ct);
        }
    }
}
