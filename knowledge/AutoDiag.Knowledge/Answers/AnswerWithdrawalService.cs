using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// An answer taken back by whoever gave or typed it (« Retirer cette réponse » on its acknowledgement): a message sent
/// by mistake, a commune mixed up. It goes with its themes, and no longer counts in the review, the fiche or the
/// exports. A consultant corrects themes but does not take an élu's words out of the état des lieux. A risk level
/// goes with it when no other difficulty of the respondent in the commune raises its theme any more
/// (<see cref="RisksWithoutDifficulty"/>).
/// </summary>
public sealed class AnswerWithdrawalService(IDbContextFactory<AutoDiagDbContext> dbFactory, ILogger<AnswerWithdrawalService> logger)
{
    /// <exception cref="AnswerAccessException">
    /// No such answer among those <paramref name="by"/> gave or typed — withdrawn already, or someone else's: the two read
    /// the same, so that nothing tells whether the answer exists.
    /// </exception>
    public async Task<WithdrawnAnswer> WithdrawAsync(ParticipantProfile by, long answerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var answer = await db.Answers.Include(a => a.Tags)
            .SingleOrDefaultAsync(a => a.Id == answerId && (a.ParticipantId == by.Id || a.EnteredByParticipantId == by.Id), ct)
            ?? throw new AnswerAccessException(by.Id, answerId);

        var orphaned = await RisksWithoutDifficulty.FindAsync(db, answer, RisksWithoutDifficulty.RaisedBy(answer), [], ct);
        db.Answers.Remove(answer);
        db.RiskAssessments.RemoveRange(orphaned);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Answer {AnswerId} of commune {CommuneId} withdrawn by participant {ParticipantId}, with {Risks} risk levels.",
            answerId, answer.CommuneId, by.Id, orphaned.Count);
        return new WithdrawnAnswer(answer.ParticipantId, orphaned.Select(r => r.ThemeId).ToList());
    }
}
