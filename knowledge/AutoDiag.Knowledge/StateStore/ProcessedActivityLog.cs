using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.StateStore;

/// <summary>Remembers the activities whose turn completed, so that a channel's redelivery is not processed again.</summary>
public sealed class ProcessedActivityLog(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    public async Task<bool> ContainsAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessedActivities.AnyAsync(p => p.Key == key, ct);
    }

    public async Task AddAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.ProcessedActivities.Add(new ProcessedActivity { Key = key, ProcessedAt = clock.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Two deliveries finished together: one record is enough.
        }
    }

    /// <summary>Channels redeliver within minutes; older records only take room.</summary>
    public async Task<int> PurgeOlderThanAsync(TimeSpan age, CancellationToken ct = default)
    {
        var limit = clock.GetUtcNow().UtcDateTime - age;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < limit).ExecuteDeleteAsync(ct);
    }
}
