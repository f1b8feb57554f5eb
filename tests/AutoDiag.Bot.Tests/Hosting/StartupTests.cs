using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Pistes;
using Microsoft.Extensions.DependencyInjection;

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
}
