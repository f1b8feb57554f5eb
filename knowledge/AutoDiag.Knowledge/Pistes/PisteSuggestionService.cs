using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Pistes;

/// <summary>
/// « Ce que d'autres territoires ont fait »: for the themes a participant's difficulties touched most,
/// the orientations and actions of the other territories' fiches closest to what they wrote.
/// </summary>
public sealed class PisteSuggestionService(IDbContextFactory<AutoDiagDbContext> dbFactory, Lazy<PisteSearch> search)
{
    public const int ThemesConsidered = 2;
    public const int PistesPerTheme = 2;

    public async Task<IReadOnlyList<Piste>> ForParticipantAsync(ParticipantProfile participant, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
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
