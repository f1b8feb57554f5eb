using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.StateStore;

/// <summary>
/// The bot's own state documents (the conversations' dialog stacks) in the application database, with
/// optimistic concurrency: a write that names an eTag succeeds only if the document still has it.
/// </summary>
public sealed class StateDocumentStore(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The eTag that means « write whatever is stored ».</summary>
    public const string AnyETag = "*";

    private static readonly CompiledQuery<string, BotStateRecord> ByKey = new((db, key) => db.BotStates.AsNoTracking().Where(r => r.Key == key));

    public async Task<IReadOnlyDictionary<string, StateDocument>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (keys.Count == 1)
        {
            // BotState reads one document per turn: a compiled query.
            return (await ByKey.ToListAsync(db, keys.First(), ct)).ToDictionary(r => r.Key, r => new StateDocument(r.Document, r.ETag));
        }
        return await db.BotStates.AsNoTracking()
            .Where(r => keys.Contains(r.Key))
            .ToDictionaryAsync(r => r.Key, r => new StateDocument(r.Document, r.ETag), ct);
    }

    /// <summary>
    /// Writes a document. <paramref name="expectedETag"/>: null (or empty) when the document was read as missing —
    /// it is created only if it still does not exist; « * » to write whatever is stored; else the eTag it was read
    /// with — it is replaced only if it still has it. So two instances that both read a document (or its absence)
    /// can never both write it: the second is refused and reads again.
    /// </summary>
    /// <returns>The document's new eTag.</returns>
    /// <exception cref="StateConflictException">The stored document has another eTag, or exists when it was read as missing.</exception>
    public async Task<string> WriteAsync(string key, string json, string? expectedETag, CancellationToken ct = default)
    {
        var newETag = Guid.NewGuid().ToString("N");
        var now = clock.GetUtcNow().UtcDateTime;

        if (string.IsNullOrEmpty(expectedETag))
        {
            return await InsertAsync(key, json, newETag, now, ct)
                ? newETag
                : throw new StateConflictException(key);
        }

        var unconditional = expectedETag == AnyETag;
        if (await UpdateAsync(key, json, unconditional ? null : expectedETag, newETag, now, ct))
        {
            return newETag;
        }
        if (!unconditional)
        {
            // Either the document changed, or it was deleted since it was read: both are conflicts.
            throw new StateConflictException(key);
        }
        // « * » on a missing document: create it, or overwrite the one another writer just created.
        if (await InsertAsync(key, json, newETag, now, ct) || await UpdateAsync(key, json, null, newETag, now, ct))
        {
            return newETag;
        }
        throw new StateConflictException(key);
    }

    private async Task<bool> UpdateAsync(string key, string json, string? expectedETag, string newETag, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Written out rather than ExecuteUpdate: it runs at every turn, and EF Core would rebuild and hash the update's
        // expression tree each time to find its plan.
        var updated = expectedETag is null
            ? await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "BotStates" SET "Document" = {json}, "ETag" = {newETag}, "UpdatedAt" = {now} WHERE "Key" = {key}""", ct)
            : await db.Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE "BotStates" SET "Document" = {json}, "ETag" = {newETag}, "UpdatedAt" = {now} WHERE "Key" = {key} AND "ETag" = {expectedETag}""", ct);
        return updated == 1;
    }

    /// <returns>False when the document exists already.</returns>
    private async Task<bool> InsertAsync(string key, string json, string newETag, DateTime now, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.BotStates.Add(new BotStateRecord { Key = key, Document = json, ETag = newETag, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.BotStates.Where(r => keys.Contains(r.Key)).ExecuteDeleteAsync(ct);
    }
}
