using System.Runtime.CompilerServices;
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
    /// <remarks>
    /// Plain SQL, as the interview's other writes (<see cref="Interview.InterviewWrites"/>): it runs with every difficulty
    /// stored. The unary plus keeps SQLite's planner, which has no statistics, off the commune's index: it read every
    /// answer of the commune, everyone's, a fifth of a turn in the load benchmark; the participant's index reads a few
    /// rows (PostgreSQL reads the plus as a no-op).
    /// </remarks>
    public static async Task DeleteAsync(AutoDiagDbContext db, int participantId, int communeId, IReadOnlyCollection<string> raisedThemes, CancellationToken ct)
    {
        if (raisedThemes.Count == 0)
        {
            return;
        }
        object[] values = [participantId, communeId, .. raisedThemes];
        var themes = string.Join(", ", raisedThemes.Select((_, i) => $"{{{i + 2}}}"));
        await db.Database.ExecuteSqlAsync(FormattableStringFactory.Create($$"""
            DELETE FROM "Answers"
            WHERE "ParticipantId" = {0} AND +"CommuneId" = {1} AND "ReportsNoDifficulty"
              AND EXISTS (SELECT 1 FROM "ThemeTags" WHERE "ThemeTags"."AnswerId" = "Answers"."Id" AND "ThemeTags"."ThemeId" IN ({{themes}}))
            """, values), ct);
    }
}
