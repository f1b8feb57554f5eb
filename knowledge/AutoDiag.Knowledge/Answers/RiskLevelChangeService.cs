using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// A risk level changed by whoever gave or typed it (« Changer le niveau » on its acknowledgement): a slip of the thumb
/// on a phone, a second thought. Its reason stays. Nobody else changes it — a consultant's reading of the risk goes in
/// a note.
/// </summary>
public sealed class RiskLevelChangeService(IDbContextFactory<AutoDiagDbContext> dbFactory, TimeProvider clock)
{
    public enum Outcome
    {
        /// <summary>No such risk level among those the person gave or typed (not found and not theirs read the same).</summary>
        NotFound,

        /// <summary>It is that level already: a second tap, or the same level chosen again.</summary>
        AlreadyThatLevel,

        Changed,
    }

    /// <summary>A risk level as given: whose, where, on which theme, and the level.</summary>
    public sealed record GivenRisk(int RespondentId, int CommuneId, string ThemeId, RiskLevel Level);

    /// <summary>
    /// The risk level <paramref name="by"/> gave or typed last — changed last counts as given — the one « non en fait
    /// c'est modéré » goes back on; null when they gave none.
    /// </summary>
    public async Task<GivenRisk?> GetLastGivenAsync(ParticipantProfile by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RiskAssessments.AsNoTracking()
            .Where(r => r.ParticipantId == by.Id || r.EnteredByParticipantId == by.Id)
            .OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)
            .Select(r => new GivenRisk(r.ParticipantId, r.CommuneId, r.ThemeId, r.Level))
            .FirstOrDefaultAsync(ct);
    }

    /// <param name="respondentId">Whose risk level it is: the élu, also when a secrétaire typed it.</param>
    public async Task<Outcome> ChangeAsync(
        ParticipantProfile by, int respondentId, int communeId, string themeId, RiskLevel level, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, null);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var risk = await db.RiskAssessments.SingleOrDefaultAsync(
            r => r.ParticipantId == respondentId && r.CommuneId == communeId && r.ThemeId == themeId
                 && (r.ParticipantId == by.Id || r.EnteredByParticipantId == by.Id), ct);
        if (risk is null)
        {
            return Outcome.NotFound;
        }
        if (risk.Level == level)
        {
            return Outcome.AlreadyThatLevel;
        }

        risk.Level = level;
        risk.RecordedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return Outcome.Changed;
    }
}
