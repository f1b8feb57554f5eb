using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Persistence;

public sealed class MigrationTests
{
    /// <summary>A model change without its migration makes the bot refuse to start: catch it here, not in production.</summary>
    [Fact]
    public async Task The_sqlite_migrations_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.Open();

        Assert.False(db.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --project knowledge/AutoDiag.Knowledge --context SqliteAutoDiagDbContext --output-dir Persistence/Sqlite/Migrations");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
