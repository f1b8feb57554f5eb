using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;

namespace AutoDiag.Knowledge.Review;

/// <summary>The check every part of a consultant's review goes through (marks, notes, témoignages, calendar).</summary>
internal static class ReviewAccess
{
    /// <summary>
    /// Demands <see cref="ProtectedAction.Review"/> on the intercommunalité and on each of its communes. The check at
    /// the intercommunalité's level comes first so that an intercommunalité without communes is not left open to its
    /// élus and secrétaires (a per-commune check alone would find nothing to refuse).
    /// </summary>
    /// <returns>The intercommunalité with all its communes, in name order.</returns>
    /// <exception cref="AccessDeniedException">Refused (logged), or unknown intercommunalité.</exception>
    public static async Task<ReviewScope> DemandAsync(
        AutoDiagDbContext db, AccessPolicy access, ParticipantProfile viewer, int intercommunalityId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        access.Demand(viewer, ProtectedAction.Review, intercommunalityId, communeId: 0);
        return await ReviewScope.ResolveAsync(db, access, viewer, ProtectedAction.Review, intercommunalityId, requireAll: true, ct);
    }

    /// <summary>
    /// Like <see cref="DemandAsync"/> but answers false instead of throwing, for the deletions, which say the same
    /// thing for a missing target and a forbidden one. The refusal is still logged.
    /// </summary>
    public static async Task<bool> AllowsAsync(
        AutoDiagDbContext db, AccessPolicy access, ParticipantProfile viewer, int intercommunalityId, CancellationToken ct)
    {
        try
        {
            await DemandAsync(db, access, viewer, intercommunalityId, ct);
            return true;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }
}
