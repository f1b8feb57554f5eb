using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Moq;

namespace AutoDiag.Knowledge.Tests.StateStore;

/// <summary>The redelivery guard's memory: one claim per activity, decided by the database, on either provider.</summary>
public abstract class ProcessedActivityLogTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Remembers_activities_once_and_forgets_old_ones()
    {
        var now = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(() => now);
        var log = new ProcessedActivityLog(database.Factory, clock.Object);

        await log.TryClaimAsync("msteams|c1|a1");
        await log.TryClaimAsync("msteams|c1|a1");
        now = now.AddDays(8);
        await log.TryClaimAsync("msteams|c1|a2");

        Assert.True(await ContainsAsync("msteams|c1|a1"));
        Assert.False(await ContainsAsync("msteams|c2|a1"));
        Assert.Equal(1, await log.PurgeOlderThanAsync(TimeSpan.FromDays(7)));
        Assert.False(await ContainsAsync("msteams|c1|a1"));
        Assert.True(await ContainsAsync("msteams|c1|a2"));
    }

    [Fact]
    public async Task Of_deliveries_claiming_one_activity_at_once_exactly_one_wins()
    {
        // Two instances' worth of logs over one database.
        var logs = new[] { new ProcessedActivityLog(database.Factory, TimeProvider.System), new ProcessedActivityLog(database.Factory, TimeProvider.System) };

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => logs[i % 2].TryClaimAsync("msteams|c1|m1"))));

        Assert.Single(claims, won => won);
        Assert.False(await logs[0].TryClaimAsync("msteams|c1|m1"));
        Assert.True(await logs[1].TryClaimAsync("msteams|c1|m2"));
    }

    [Fact]
    public async Task A_released_claim_can_be_taken_again()
    {
        var log = new ProcessedActivityLog(database.Factory, TimeProvider.System);
        Assert.True(await log.TryClaimAsync("msteams|c1|m1"));

        await log.ReleaseAsync("msteams|c1|m1");

        Assert.False(await ContainsAsync("msteams|c1|m1"));
        Assert.True(await log.TryClaimAsync("msteams|c1|m1"));
    }

    private async Task<bool> ContainsAsync(string key)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return await db.ProcessedActivities.AnyAsync(p => p.Key == key);
    }
}

public sealed class SqliteProcessedActivityLogTests() : ProcessedActivityLogTests(DatabaseProvider.Sqlite);

public sealed class PostgresProcessedActivityLogTests() : ProcessedActivityLogTests(DatabaseProvider.Postgres);
