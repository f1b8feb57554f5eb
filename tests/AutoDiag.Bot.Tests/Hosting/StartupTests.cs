using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Pistes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Bot.Tests.Hosting;

/// <summary>What the host prepares before it takes the first activity.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task The_index_of_the_twelve_fiches_is_built_before_the_first_turn()
    {
        await using var host = await BotTestHost.StartAsync();

        var pistes = host.Services.GetRequiredService<Lazy<PisteSearch>>();
        Assert.True(pistes.IsValueCreated);
        Assert.NotEmpty(pistes.Value.Search("permis de conduire jeunes", 3));
    }

    /// <summary>A warning in the log is one to look at: a new database, created and migrated, gives none.</summary>
    [Fact]
    public async Task A_new_database_is_migrated_without_a_warning()
    {
        await using var factory = new BotWebHost();

        // The first request starts the host, which creates and migrates its database.
        (await factory.CreateClient().GetAsync("/healthz")).EnsureSuccessStatusCode();

        var warnings = factory.Logs.GetSnapshot().Where(r => r.Level >= LogLevel.Warning).Select(r => $"{r.Category}: {r.Message}");
        Assert.Empty(warnings);
    }
}
