using System.Runtime.CompilerServices;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// The interview's writes of every turn, one SQL statement per row whose outcome the database decides: an insert that the
/// unique index of a redelivered message turns into nothing, an upsert. Through EF Core's change tracking, each write
/// also ordered, tracked and propagated its rows, and an answer was looked for first so that a redelivery would not meet
/// a refused insert (benchmarks/README.md, « What made a turn cheaper »). The same SQL runs on SQLite and PostgreSQL
/// (both have <c>ON CONFLICT</c> and <c>RETURNING</c>); a test reads these statements and fails when the model has a
/// column they do not write (<c>InterviewWritesTests</c>).
/// </summary>
internal static class InterviewWrites
{
    internal const string InsertAnswer = """
        INSERT INTO "Answers" ("CommuneId", "ParticipantId", "EnteredByParticipantId", "Kind", "Text", "OriginalText", "ReportsNoDifficulty", "RecordedAt", "SourceActivityId")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
        ON CONFLICT ("ParticipantId", "SourceActivityId") DO NOTHING
        RETURNING "Id" AS "Value"
        """;

    internal const string InsertTag = """
        INSERT INTO "ThemeTags" ("AnswerId", "ThemeId", "Confidence", "Source", "ReportsNoDifficulty")
        VALUES ({0}, {1}, {2}, {3}, {4})
        RETURNING "Id" AS "Value"
        """;

    internal const string UpsertRisk = """
        INSERT INTO "RiskAssessments" ("CommuneId", "ParticipantId", "EnteredByParticipantId", "ThemeId", "Level", "Comment", "OriginalComment", "RecordedAt", "SourceActivityId")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8})
        ON CONFLICT ("CommuneId", "ParticipantId", "ThemeId") DO UPDATE SET
            "EnteredByParticipantId" = excluded."EnteredByParticipantId", "Level" = excluded."Level", "Comment" = excluded."Comment",
            "OriginalComment" = excluded."OriginalComment", "RecordedAt" = excluded."RecordedAt", "SourceActivityId" = excluded."SourceActivityId"
        """;

    internal const string InsertCompletion = """
        INSERT INTO "SectionCompletions" ("ParticipantId", "CommuneId", "Section", "CompletedAt")
        VALUES ({0}, {1}, {2}, {3})
        ON CONFLICT ("ParticipantId", "CommuneId", "Section") DO NOTHING
        """;

    /// <summary>
    /// Stores the answer and its tags in one transaction, and sets their ids.
    /// </summary>
    /// <returns>False, writing nothing, when the participant's answer from this activity is stored already.</returns>
    public static async Task<bool> InsertAnswerAsync(AutoDiagDbContext db, Answer answer, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = await db.Database.SqlQuery<long>(Sql(InsertAnswer,
            answer.CommuneId, answer.ParticipantId, answer.EnteredByParticipantId, (int)answer.Kind, answer.Text, answer.OriginalText,
            answer.ReportsNoDifficulty, answer.RecordedAt, answer.SourceActivityId)).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return false;
        }

        answer.Id = ids[0];
        foreach (var tag in answer.Tags)
        {
            tag.AnswerId = answer.Id;
            tag.Id = (await db.Database.SqlQuery<long>(Sql(InsertTag,
                tag.AnswerId, tag.ThemeId, tag.Confidence, (int)tag.Source, tag.ReportsNoDifficulty)).ToListAsync(ct))[0];
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The participant's risk level for the theme in the commune, created or replaced.</summary>
    public static Task UpsertRiskAsync(AutoDiagDbContext db, RiskAssessment risk, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(Sql(UpsertRisk,
            risk.CommuneId, risk.ParticipantId, risk.EnteredByParticipantId, risk.ThemeId, (int)risk.Level, risk.Comment, risk.OriginalComment,
            risk.RecordedAt, risk.SourceActivityId), ct);

    /// <summary>The section closed, unless it was already (its first date stays).</summary>
    public static Task InsertCompletionAsync(AutoDiagDbContext db, SectionCompletion completion, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync(Sql(InsertCompletion, completion.ParticipantId, completion.CommuneId, (int)completion.Section, completion.CompletedAt), ct);

    /// <summary>The statement with its values as parameters, in the order of its columns.</summary>
    private static FormattableString Sql(string statement, params object?[] values) => FormattableStringFactory.Create(statement, values);
}
