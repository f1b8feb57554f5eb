using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.StateStore;

/// <summary>
/// The bot's own state documents (conversation and user state) in the application database, with
/// optimistic concurrency: a write that names an eTag succeeds only if the document still has it.
/// </summary>
public sealed class StateDocumentStore(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The eTag that means « write whatever is stored ».</summary>
    public const string AnyETag = "*";

    public async Task<IReadOnlyDictionary<string, StateDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.BotStates.AsNoTracking()
            .Where(r => keys.Contains(r.Key))
            .ToDictionaryAsync(r => r.Key, r => new StateDocument(r.Document, r.ETag), ct);
    }

    /// <summary>Writes a document; <paramref name="expectedETag"/> null or « * » writes unconditionally.</summary>
    /// <returns>The document's new eTag.</returns>
    /// <exception cref="StateConflictException">The stored document has another eTag.</exception>
    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken ct = default)
    {
        var newETag = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var conditional = !string.IsNullOrEmpty(expectedETag) && expectedETag != AnyETag;
        var updated = await db.BotStates
            .Where(r => r.Key == key && (!conditional || r.ETag == expectedETag))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Document, json)
                .SetProperty(r => r.ETag, newETag)
                .SetProperty(r => r.UpdatedAt, now), ct);
        if (updated == 1)
        {
            return newETag;
        }
        if (conditional)
        {
            // Either the document changed, or it was deleted since it was read: both are conflicts.
            throw new StateConflictException(key);
        }

        db.BotStates.Add(new BotStateRecord { Key = key, Document = json, ETag = newETag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new StateConflictException(key);
        }
        return newETag;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.BotStates.Where(r => keys.Contains(r.Key)).ExecuteDeleteAsync(ct);
    }
}
