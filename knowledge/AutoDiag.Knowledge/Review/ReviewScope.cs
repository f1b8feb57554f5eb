using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Review;

/// <summary>The intercommunalité a review or an export is about, and the communes of it the viewer may use.</summary>
/// <param name="Communes">In name order.</param>
public sealed record ReviewScope(int IntercommunalityId, string IntercommunalityName, IReadOnlyList<CommuneRef> Communes)
{
    public IReadOnlyList<int> CommuneIds => Communes.Select(c => c.Id).ToList();

    /// <summary>
    /// The communes of the intercommunalité on which <paramref name="viewer"/> is allowed <paramref name="action"/>.
    /// <paramref name="requireAll"/> demands it on every commune (exports); otherwise the scope is the communes allowed,
    /// and the viewer is refused only when that leaves none. A refusal is logged by <see cref="AccessPolicy.Demand"/>
    /// and, like every refusal, does not tell whether the intercommunalité exists or has data.
    /// </summary>
    /// <exception cref="AccessDeniedException"/>
    internal static async Task<ReviewScope> ResolveAsync(
        AutoDiagDbContext db, AccessPolicy access, ParticipantProfile viewer, ProtectedAction action, int intercommunalityId,
        bool requireAll, CancellationToken ct)
    {
        if (!viewer.Follows(intercommunalityId))
        {
            // Refused whatever the commune: no need to look the intercommunalité up.
            access.Demand(viewer, action, intercommunalityId, communeId: 0);
        }

        var intercommunality = await db.Intercommunalities.AsNoTracking()
            .Where(i => i.Id == intercommunalityId)
            .Select(i => new { i.Name, Communes = i.Communes.Select(c => new CommuneRef(c.Id, c.Name)).ToList() })
            .SingleOrDefaultAsync(ct);
        if (intercommunality is null)
        {
            access.Demand(viewer, action, intercommunalityId, communeId: 0);
            throw new AccessDeniedException(action);
        }

        var communes = intercommunality.Communes.OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        if (requireAll)
        {
            foreach (var commune in communes)
            {
                access.Demand(viewer, action, intercommunalityId, commune.Id);
            }
            return new ReviewScope(intercommunalityId, intercommunality.Name, communes);
        }

        var allowed = communes.Where(c => AccessPolicy.Allows(viewer, action, intercommunalityId, c.Id)).ToList();
        if (allowed.Count == 0)
        {
            access.Demand(viewer, action, intercommunalityId, communes.FirstOrDefault()?.Id ?? 0);
        }
        return new ReviewScope(intercommunalityId, intercommunality.Name, allowed);
    }
}
