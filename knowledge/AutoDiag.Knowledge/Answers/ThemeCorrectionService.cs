using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// A person corrects the themes of an answer. The correction is stored as human tags, which win
/// over the automatic ones everywhere, and is handed to whoever learns from corrections.
/// </summary>
public sealed class ThemeCorrectionService(
    IDbContextFactory<AutoDiagDbContext> dbFactory, ThemeCatalog themes, AccessPolicy access, ICorrectionListener listener)
{
    /// <returns>The answer's themes after the correction, in the order given.</returns>
    public async Task<IReadOnlyList<string>> CorrectAsync(ParticipantProfile by, long answerId, IReadOnlyList<string> themeIds, CancellationToken ct = default)
    {
        if (themeIds.Count == 0)
        {
            throw new ArgumentException("A correction names at least one theme.", nameof(themeIds));
        }
        foreach (var id in themeIds)
        {
            themes.Get(id);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var answer = await db.Answers.Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == answerId, ct)
            ?? throw new AnswerAccessException(by.Id, answerId);
        var intercommunalityId = await db.Communes.Where(c => c.Id == answer.CommuneId).Select(c => c.IntercommunalityId).SingleAsync(ct);
        access.Demand(by, ProtectedAction.CorrectTags, intercommunalityId, answer.CommuneId);

        db.ThemeTags.RemoveRange(answer.Tags.Where(t => t.Source == TagSource.Human));
        // Confidence decreasing with the order keeps the first theme named as the main one.
        answer.Tags.AddRange(themeIds.Distinct().Select((id, index) =>
            new ThemeTag { ThemeId = id, Confidence = 1.0 - index * 0.01, Source = TagSource.Human }));
        await db.SaveChangesAsync(ct);

        await listener.CorrectionRecordedAsync(ct);
        return answer.Effective();
    }
}
