using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Learning;

/// <summary>The answers whose themes a person corrected, as training examples for the categoriser.</summary>
public sealed class CorrectionTrainingSource(IDbContextFactory<AutoDiagDbContext> dbFactory) : ITrainingExampleSource
{
    public async Task<IReadOnlyList<LabelledText>> GetExamplesAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // « Rien à signaler » taps are human tags too, but their text is the bot's, not the person's.
        var corrected = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => !a.ReportsNoDifficulty && a.Tags.Any(t => t.Source != TagSource.Automatic))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return corrected.Select(a => new LabelledText(a.Text, a.Effective())).ToList();
    }
}
