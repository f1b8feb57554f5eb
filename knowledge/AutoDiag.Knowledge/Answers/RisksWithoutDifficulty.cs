using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// A risk level is asked for a theme because a difficulty raises it (<see cref="CommuneProgress.DifficultyThemes"/>).
/// When an answer stops raising a theme — withdrawn, or re-themed by whoever gave or typed it — and no other difficulty
/// of the respondent in the commune raises it, its risk level goes too: the matrix and the fiche would otherwise quote a
/// risk about a difficulty nobody reports. A new difficulty on that theme brings its risk question back.
/// </summary>
internal static class RisksWithoutDifficulty
{
    /// <summary>The themes whose risk level <paramref name="answer"/> asks for, in its order.</summary>
    public static IReadOnlyList<string> RaisedBy(Answer answer) =>
        CommuneProgress.DifficultyThemes([answer]).Count == 0 ? [] : answer.InterviewDifficulties();

    /// <param name="raisedBefore">What the answer raised (<see cref="RaisedBy"/>) before it was withdrawn or corrected.</param>
    /// <param name="raisedNow">What it raises now: nothing once withdrawn.</param>
    /// <returns>The respondent's risk levels in the commune left without a difficulty, in the order of <paramref name="raisedBefore"/>.</returns>
    public static async Task<List<RiskAssessment>> FindAsync(
        AutoDiagDbContext db, Answer answer, IReadOnlyList<string> raisedBefore, IReadOnlyList<string> raisedNow, CancellationToken ct)
    {
        var dropped = raisedBefore.Except(raisedNow).ToList();
        if (dropped.Count == 0)
        {
            return [];
        }

        // By the participant alone, the rest in memory (InterviewService.ByParticipantAsync says why).
        var others = (await InterviewService.ByParticipantAsync(db, answer.ParticipantId, ct))
            .Where(a => a.CommuneId == answer.CommuneId && a.Id != answer.Id && a.Kind == AnswerKind.Difficulty)
            .ToList();
        var stillRaised = CommuneProgress.DifficultyThemes(others);
        var orphaned = dropped.Where(theme => !stillRaised.Contains(theme)).ToList();
        var risks = await db.RiskAssessments
            .Where(r => r.ParticipantId == answer.ParticipantId && r.CommuneId == answer.CommuneId && orphaned.Contains(r.ThemeId))
            .ToListAsync(ct);
        return risks.OrderBy(r => orphaned.IndexOf(r.ThemeId)).ToList();
    }
}
