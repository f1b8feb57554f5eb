using System.Text.RegularExpressions;
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
/// added to one of these entities must be written there too, or it would silently stay empty.
/// </summary>
public sealed partial class InterviewWritesTests
{
    public static TheoryData<string, Type, string> Statements()
    {
        var data = new TheoryData<string, Type, string>();
        foreach (var provider in new[] { "Sqlite", "Postgres" })
        {
            data.Add(provider, typeof(Answer), InterviewWrites.InsertAnswer);
            data.Add(provider, typeof(ThemeTag), InterviewWrites.InsertTag);
            data.Add(provider, typeof(RiskAssessment), InterviewWrites.UpsertRisk);
            data.Add(provider, typeof(SectionCompletion), InterviewWrites.InsertCompletion);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Each_statement_writes_every_column_of_its_table_but_the_generated_key_with_one_value_each(string provider, Type entity, string statement)
    {
        using AutoDiagDbContext db = provider == "Sqlite"
            ? new SqliteAutoDiagDbContext(AutoDiagDatabase.SqliteOptions("Data Source=:memory:"))
            : new PostgresAutoDiagDbContext(AutoDiagDatabase.PostgresOptions("Host=localhost"));
        var type = db.Model.FindEntityType(entity)!;
        var table = StoreObjectIdentifier.Table(type.GetTableName()!);
        var insert = Insert().Match(statement);

        Assert.True(insert.Success, statement);
        Assert.Equal(type.GetTableName(), insert.Groups["table"].Value);
        var written = Quoted().Matches(insert.Groups["columns"].Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(type.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName(table)).Order(), written.Order());
        Assert.Equal(Enumerable.Range(0, written.Count).Select(i => $"{{{i}}}"), Placeholder().Matches(insert.Groups["values"].Value).Select(m => m.Value));

        // An upsert replaces every column but those it is found by.
        var update = statement.IndexOf("DO UPDATE SET", StringComparison.Ordinal);
        if (update >= 0)
        {
            var conflictKeys = Quoted().Matches(Conflict().Match(statement).Groups["keys"].Value).Select(m => m.Groups[1].Value);
            var replaced = Assignment().Matches(statement[update..]).Select(m => m.Groups["column"].Value);
            Assert.Equal(written.Except(conflictKeys).Order(), replaced.Order());
        }
    }

    [GeneratedRegex("""INSERT INTO "(?<table>\w+)" \((?<columns>[^)]*)\)\s*VALUES \((?<values>[^)]*)\)""")]
    private static partial Regex Insert();

    [GeneratedRegex(""""(\w+)"""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""ON CONFLICT \((?<keys>[^)]*)\)""")]
    private static partial Regex Conflict();

    [GeneratedRegex(""""(?<column>\w+)" = excluded\."\k<column>"""")]
    private static partial Regex Assignment();
}
