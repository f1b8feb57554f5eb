using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// Whether an intercommunalité keeps the originals of the texts the masking changed (<see cref="Territories.Intercommunality.KeepOriginalTexts"/>).
/// Off by default: only the masked text is stored. Each intercommunalité is the data controller of its démarche, so the
/// choice is its administrators' (<see cref="ProtectedAction.ManageParticipants"/>), per intercommunalité, not the
/// server's. Turning it off erases the originals kept so far: nothing is kept without a reason.
/// </summary>
public sealed class OriginalTextSettings(
    IDbContextFactory<AutoDiagDbContext> dbFactory, AccessPolicy access, ILogger<OriginalTextSettings> logger)
{
    /// <summary>Whether the intercommunalité keeps originals (false for an unknown one).</summary>
    public async Task<bool> KeepsOriginalsAsync(int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await KeepsOriginalsAsync(db, intercommunalityId, ct);
    }

    internal static Task<bool> KeepsOriginalsAsync(AutoDiagDbContext db, int intercommunalityId, CancellationToken ct) =>
        db.Intercommunalities.Where(i => i.Id == intercommunalityId).Select(i => i.KeepOriginalTexts).SingleOrDefaultAsync(ct);

    /// <summary>
    /// Turns keeping originals on or off for the intercommunalité; off also erases the originals kept for its communes'
    /// answers and risk comments.
    /// </summary>
    /// <returns>How many originals were erased (0 when turning it on).</returns>
    /// <exception cref="AccessDeniedException">Not an administrator of the intercommunalité.</exception>
    public async Task<int> SetKeepOriginalsAsync(ParticipantProfile administrator, int intercommunalityId, bool keep, CancellationToken ct = default)
    {
        access.Demand(administrator, ProtectedAction.ManageParticipants, intercommunalityId, communeId: 0);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Intercommunalities.Where(i => i.Id == intercommunalityId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.KeepOriginalTexts, keep), ct);
        if (changed == 0)
        {
            throw new AccessDeniedException(ProtectedAction.ManageParticipants);
        }

        var erased = 0;
        if (!keep)
        {
            var communes = db.Communes.Where(c => c.IntercommunalityId == intercommunalityId).Select(c => c.Id);
            erased += await db.Answers.Where(a => a.OriginalText != null && communes.Contains(a.CommuneId))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.OriginalText, (string?)null), ct);
            erased += await db.RiskAssessments.Where(r => r.OriginalComment != null && communes.Contains(r.CommuneId))
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.OriginalComment, (string?)null), ct);
        }
        await transaction.CommitAsync(ct);

        logger.LogInformation(
            "Keeping original texts turned {State} for intercommunality {IntercommunalityId} by participant {AdministratorId}; {Erased} originals erased",
            keep ? "on" : "off", intercommunalityId, administrator.Id, erased);
        return erased;
    }
}
