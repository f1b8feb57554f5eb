using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Interview;

/// <summary>
/// SQLite has no statistics: asked for a participant's answers in a commune, its planner took the commune's index and
/// read every élu's answers there (the load benchmark fell from about 460 to 280 turns/s). A participant's answers are
/// read by the participant's index.
/// </summary>
public sealed class AnswerQueryPlanTests
{
    [Fact]
    public async Task A_participants_answers_are_read_by_the_participants_index()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();
        var sql = InterviewService.ByParticipant(db, participantId: 1).ToQueryString();

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        // ToQueryString declares its parameters first (« .param set @participantId 1 »): the statement is what follows.
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
        explain.Parameters.AddWithValue("@participantId", 1);
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_Answers_ParticipantId_SourceActivityId", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("IX_Answers_CommuneId_Kind", StringComparison.Ordinal));
    }
}
