using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Pistes;

/// <summary>
/// « Ce que d'autres territoires ont fait »: for the themes a participant's difficulties touched most,
/// the orientations and actions of the other territories' fiches closest to what they wrote. Shared once per
/// participant, as their état des lieux is first completed: not again when a withdrawal, a correction or an addition
/// reopens and completes it, whichever conversation, pause or relay it goes through.
/// </summary>
public sealed class PisteSuggestionService(IDbContextFactory<AutoDiagDbContext> dbFactory, Lazy<PisteSearch> search, TimeProvider clock)
{
    public const int ThemesConsidered = 2;
    public const int PistesPerTheme = 2;

    /// <summary>The pistes for the participant, the first time there are some; empty ever after.</summary>
    public async Task<IReadOnlyList<Piste>> ShareOnceAsync(ParticipantProfile participant, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pistes = await SuggestAsync(db, participant, ct);
        if (pistes.Count == 0)
        {
            return pistes;
        }

        // Marked in one statement: two conversations completing at once share them once.
        var marked = await db.Participants
            .Where(p => p.Id == participant.Id && p.PistesSharedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.PistesSharedAt, clock.GetUtcNow().UtcDateTime), ct);
        return marked == 1 ? pistes : [];
    }

    private async Task<IReadOnlyList<Piste>> SuggestAsync(AutoDiagDbContext db, ParticipantProfile participant, CancellationToken ct)
    {
        var difficulties = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => a.ParticipantId == participant.Id && a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty)
            .OrderBy(a => a.Id)
            .ToListAsync(ct);

        var topThemes = difficulties
            .SelectMany(a => a.EffectiveDifficulties().Select(theme => (Theme: theme, Answer: a)))
            .GroupBy(x => x.Theme)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(ThemesConsidered);

        var pistes = new List<Piste>();
        foreach (var theme in topThemes)
        {
            // Their own words make the query: the closest pistes answer what they described.
            var query = string.Join(" ", theme.Select(x => x.Answer.Text));
            foreach (var piste in search.Value.Search(query, PistesPerTheme, theme.Key, excludeTerritory: participant.IntercommunalityName))
            {
                if (pistes.All(known => known.Text != piste.Text))
                {
                    pistes.Add(piste);
                }
            }
        }
        return pistes;
    }
}
