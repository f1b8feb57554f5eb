using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Persistence;

/// <summary>Each provider's migrations build the whole model, and start-up migrates and seeds either provider.</summary>
public abstract class MigrationTests(DatabaseProvider provider)
{
    /// <summary>A model change without its migration makes the bot refuse to start: catch it here, not in production.</summary>
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        var folder = provider == DatabaseProvider.Postgres ? "Postgres" : "Sqlite";
        Assert.False(db.Database.HasPendingModelChanges(),
            $"Run: dotnet ef migrations add <Name> --project knowledge/AutoDiag.Knowledge --context {db.GetType().Name} --output-dir Persistence/{folder}/Migrations " +
            "(and the same for the other provider: every model change needs a migration for SQLite and one for PostgreSQL)");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Start_up_migrates_an_empty_database_and_seeds_the_demo_once()
    {
        await using var database = await TestDatabase.CreateAsync(provider, initialize: false);

        await new DatabaseInitializer(database.Factory).InitializeAsync();
        await new DatabaseInitializer(database.Factory).InitializeAsync();

        await using var db = database.Open();
        Assert.Equal("CC Flandre Lys", (await db.Intercommunalities.SingleAsync()).Name);
        Assert.Equal(8, await db.Communes.CountAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(DatabaseProvider.Sqlite);

public sealed class PostgresMigrationTests() : MigrationTests(DatabaseProvider.Postgres);
