using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Postgres;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AutoDiag.Knowledge.Tests.Interview;

/// <summary>
/// The interview's writes of every turn are SQL statements that name their columns (<c>InterviewWrites</c>): a column
/// added to one of these entities must be added there too, or it would silently stay empty.
/// </summary>
public sealed class InterviewWritesTests
{
    /// <summary>What the statements write, as they list it; the provider tests check that each value reads back.</summary>
    private static readonly Dictionary<Type, string[]> Written = new()
    {
        [typeof(Answer)] = ["CommuneId", "ParticipantId", "EnteredByParticipantId", "Kind", "Text", "OriginalText", "ReportsNoDifficulty", "RecordedAt", "SourceActivityId"],
        [typeof(ThemeTag)] = ["AnswerId", "ThemeId", "Confidence", "Source", "ReportsNoDifficulty"],
        [typeof(RiskAssessment)] = ["CommuneId", "ParticipantId", "EnteredByParticipantId", "ThemeId", "Level", "Comment", "OriginalComment", "RecordedAt", "SourceActivityId"],
        [typeof(SectionCompletion)] = ["ParticipantId", "CommuneId", "Section", "CompletedAt"],
    };

    public static TheoryData<string> Providers => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_statements_write_every_column_of_the_model_but_the_generated_key(string provider)
    {
        using AutoDiagDbContext db = provider == "Sqlite"
            ? new SqliteAutoDiagDbContext(AutoDiagDatabase.SqliteOptions("Data Source=:memory:"))
            : new PostgresAutoDiagDbContext(AutoDiagDatabase.PostgresOptions("Host=localhost"));

        foreach (var (entity, written) in Written)
        {
            var type = db.Model.FindEntityType(entity)!;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!);
            var columns = type.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName(table)).Order();
            Assert.Equal(columns, written.Order());
        }
    }
}
