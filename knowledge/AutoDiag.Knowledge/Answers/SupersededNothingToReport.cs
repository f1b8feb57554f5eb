using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// « Rien à signaler » on a theme, then a difficulty of the same respondent in the same commune that raises it — added once
/// the état des lieux was complete, or by a correction: the later word wins and the « Rien à signaler » goes, or the recap,
/// the matrix and the fiche would say both. Should that difficulty be withdrawn, the theme is asked about again.
/// </summary>
internal static class SupersededNothingToReport
{
    /// <summary>Deletes, in the context's transaction, the respondent's statements of no difficulty on these themes.</summary>
    public static async Task DeleteAsync(AutoDiagDbContext db, int participantId, int communeId, IReadOnlyCollection<string> raisedThemes, CancellationToken ct)
    {
        if (raisedThemes.Count == 0)
        {
            return;
        }
        var themeIds = raisedThemes.ToList();
        await db.Answers
            .Where(a => a.ParticipantId == participantId && a.CommuneId == communeId && a.ReportsNoDifficulty
                && a.Tags.Any(t => themeIds.Contains(t.ThemeId)))
            .ExecuteDeleteAsync(ct);
    }
}
