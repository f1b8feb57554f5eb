using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Tests.Support;
using Moq;

namespace AutoDiag.Knowledge.Tests.StateStore;

public sealed class ProcessedActivityLogTests : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Remembers_activities_once_and_forgets_old_ones()
    {
        var now = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(() => now);
        var log = new ProcessedActivityLog(database.Factory, clock.Object);

        await log.AddAsync("msteams|c1|a1");
        await log.AddAsync("msteams|c1|a1");
        now = now.AddDays(8);
        await log.AddAsync("msteams|c1|a2");

        Assert.True(await log.ContainsAsync("msteams|c1|a1"));
        Assert.False(await log.ContainsAsync("msteams|c2|a1"));
        Assert.Equal(1, await log.PurgeOlderThanAsync(TimeSpan.FromDays(7)));
        Assert.False(await log.ContainsAsync("msteams|c1|a1"));
        Assert.True(await log.ContainsAsync("msteams|c1|a2"));
    }
}
