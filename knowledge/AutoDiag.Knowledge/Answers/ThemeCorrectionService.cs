using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// A person corrects the themes of an answer: its respondent, whoever typed it, or a consultant or an administrator
/// of the intercommunalité. The correction wins over the automatic tags and is handed to whoever
/// learns from corrections. Made by the respondent or whoever typed the answer, it is the interview's
/// (<see cref="TagSource.Human"/>: the risk questions follow it); made by someone else — a consultant reviewing — it is the
/// review's (<see cref="TagSource.Review"/>: it wins in the review, the fiche and the exports, and leaves the respondent's
/// interview as it was, so a finished interview is not reopened). A theme the respondent's correction takes off an answer
/// takes its risk level along when no other difficulty raises it (<see cref="RisksWithoutDifficulty"/>).
/// </summary>
public sealed class ThemeCorrectionService(
    IDbContextFactory<AutoDiagDbContext> dbFactory, ThemeCatalog themes, AccessPolicy access, ICorrectionListener listener)
{
    public async Task<CorrectedThemes> CorrectAsync(ParticipantProfile by, long answerId, IReadOnlyList<string> themeIds, CancellationToken ct = default)
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
        var own = by.Id == answer.ParticipantId || by.Id == answer.EnteredByParticipantId;
        access.DemandCorrection(by, intercommunalityId, answer.CommuneId, own);

        var source = own ? TagSource.Human : TagSource.Review;
        var raisedBefore = RisksWithoutDifficulty.RaisedBy(answer);
        // Out of the answer's tags, the orphans are deleted: the tags then say what the answer raises now.
        answer.Tags.RemoveAll(t => t.Source == source);
        var corrected = themeIds.Distinct().ToList();
        // Confidence decreasing with the order keeps the first theme named as the main one.
        answer.Tags.AddRange(corrected.Select((id, index) =>
            new ThemeTag { ThemeId = id, Confidence = 1.0 - index * 0.01, Source = source }));
        var orphaned = await RisksWithoutDifficulty.FindAsync(db, answer, raisedBefore, RisksWithoutDifficulty.RaisedBy(answer), ct);
        db.RiskAssessments.RemoveRange(orphaned);
        await db.SaveChangesAsync(ct);

        await listener.CorrectionRecordedAsync(ct);
        return new CorrectedThemes(answer.ParticipantId, corrected, own, orphaned.Select(r => r.ThemeId).ToList());
    }
}
