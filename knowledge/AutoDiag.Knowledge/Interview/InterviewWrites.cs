using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// The interview's writes of every turn, each one statement whose outcome the database decides: an insert that the
/// unique index of a redelivered message turns into nothing, an upsert. Through EF Core's change tracking, each write
/// also ordered, tracked and propagated its rows, and an answer was looked for first so that a redelivery would not meet
/// a refused insert: two statements and a third of the CPU of an answer's write more (README « Load »). The same SQL
/// runs on SQLite and PostgreSQL (both have <c>ON CONFLICT</c> and <c>RETURNING</c>); a test fails when the model gets a
/// column these statements do not write (<c>InterviewWritesTests</c>).
/// </summary>
internal static class InterviewWrites
{
    /// <summary>
    /// Stores the answer and its tags in one transaction, and sets their ids.
    /// </summary>
    /// <returns>False, writing nothing, when the participant's answer from this activity is stored already.</returns>
    public static async Task<bool> InsertAnswerAsync(AutoDiagDbContext db, Answer answer, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO "Answers" ("CommuneId", "ParticipantId", "EnteredByParticipantId", "Kind", "Text", "OriginalText", "ReportsNoDifficulty", "RecordedAt", "SourceActivityId")
            VALUES ({answer.CommuneId}, {answer.ParticipantId}, {answer.EnteredByParticipantId}, {(int)answer.Kind}, {answer.Text}, {answer.OriginalText}, {answer.ReportsNoDifficulty}, {answer.RecordedAt}, {answer.SourceActivityId})
            ON CONFLICT ("ParticipantId", "SourceActivityId") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return false;
        }

        answer.Id = ids[0];
        foreach (var tag in answer.Tags)
        {
            tag.AnswerId = answer.Id;
            tag.Id = (await db.Database.SqlQuery<long>($"""
                INSERT INTO "ThemeTags" ("AnswerId", "ThemeId", "Confidence", "Source", "ReportsNoDifficulty")
                VALUES ({tag.AnswerId}, {tag.ThemeId}, {tag.Confidence}, {(int)tag.Source}, {tag.ReportsNoDifficulty})
                RETURNING "Id" AS "Value"
                """).ToListAsync(ct))[0];
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The participant's risk level for the theme in the commune, created or replaced.</summary>
    public static Task UpsertRiskAsync(AutoDiagDbContext db, RiskAssessment risk, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "RiskAssessments" ("CommuneId", "ParticipantId", "EnteredByParticipantId", "ThemeId", "Level", "Comment", "OriginalComment", "RecordedAt", "SourceActivityId")
            VALUES ({risk.CommuneId}, {risk.ParticipantId}, {risk.EnteredByParticipantId}, {risk.ThemeId}, {(int)risk.Level}, {risk.Comment}, {risk.OriginalComment}, {risk.RecordedAt}, {risk.SourceActivityId})
            ON CONFLICT ("CommuneId", "ParticipantId", "ThemeId") DO UPDATE SET
                "EnteredByParticipantId" = excluded."EnteredByParticipantId", "Level" = excluded."Level", "Comment" = excluded."Comment",
                "OriginalComment" = excluded."OriginalComment", "RecordedAt" = excluded."RecordedAt", "SourceActivityId" = excluded."SourceActivityId"
            """, ct);

    /// <summary>The section closed, unless it was already (its first date stays).</summary>
    public static Task InsertCompletionAsync(AutoDiagDbContext db, SectionCompletion completion, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SectionCompletions" ("ParticipantId", "CommuneId", "Section", "CompletedAt")
            VALUES ({completion.ParticipantId}, {completion.CommuneId}, {(int)completion.Section}, {completion.CompletedAt})
            ON CONFLICT ("ParticipantId", "CommuneId", "Section") DO NOTHING
            """, ct);
}
