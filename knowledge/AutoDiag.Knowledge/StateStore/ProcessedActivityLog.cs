using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.StateStore;

/// <summary>
/// Remembers the activities the bot took on, so that a channel's redelivery is not processed again — also when
/// the redelivery reaches another instance. The claim is one insert on the primary key: the database decides
/// which delivery wins, with no window between a check and a mark.
/// </summary>
public sealed class ProcessedActivityLog(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Claims an activity before its turn runs.</summary>
    /// <returns>True for the first delivery; false when the activity was claimed already (its turn completed,
    /// or is running here or on another instance).</returns>
    public async Task<bool> TryClaimAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) rather than catching the key violation: a redelivery is
        // expected, not an error for EF Core to log, and costs no exception.
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "ProcessedActivities" ("Key", "ProcessedAt") VALUES ({key}, {clock.GetUtcNow().UtcDateTime}) ON CONFLICT DO NOTHING""", ct);
        return claimed == 1;
    }

    /// <summary>Gives a claim back when its turn failed, so that a redelivery is processed.</summary>
    public async Task ReleaseAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.ProcessedActivities.Where(p => p.Key == key).ExecuteDeleteAsync(ct);
    }

    /// <summary>Channels redeliver within minutes; older records only take room.</summary>
    public async Task<int> PurgeOlderThanAsync(TimeSpan age, CancellationToken ct = default)
    {
        var limit = clock.GetUtcNow().UtcDateTime - age;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ProcessedActivities.Where(p => p.ProcessedAt < limit).ExecuteDeleteAsync(ct);
    }
}
