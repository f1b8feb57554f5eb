using System.Net;
using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace AutoDiag.Bot.Tests.Hosting;

/// <summary>
/// A stopping instance finishes the turns it is running — the answer stored, its acknowledgement sent — before the host
/// stops, and refuses new activities with 503 and Retry-After meanwhile.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const string SlowAnswer = "Beaucoup de familles au RSA";

    [Fact]
    public async Task Stopping_waits_for_the_turn_in_progress_and_refuses_new_ones()
    {
        var categorizing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns((string text) =>
        {
            if (text == SlowAnswer)
            {
                categorizing.TrySetResult();
                release.Task.Wait(TimeSpan.FromSeconds(30));
            }
            return new ThemeCategorization([new ThemeScore("precarite", 0.9, ["RSA"])], false);
        });
        await using var factory = new BotWebHost { ConfigureServices = s => s.AddSingleton(categorizer.Object) };
        var connector = (RecordingConnectorHandler)factory.Connector;
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            Assert.Equal(HttpStatusCode.OK, (await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text))).StatusCode);
        }
        Assert.Equal(TimeSpan.FromSeconds(30), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);

        // A turn is in progress (the categoriser is working) when the host is told to stop.
        var slowTurn = ChannelActivities.PostAsync(client, ChannelActivities.Message("slow-1", SlowAnswer));
        await categorizing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var stopping = factory.Host.StopAsync();
        var turns = factory.Services.GetRequiredService<InFlightTurns>();
        await WaitUntilAsync(() => turns.IsStopping);

        // New activities are refused meanwhile, with a hint to come back, and the instance says it is going.
        var refused = await ChannelActivities.PostAsync(client, ChannelActivities.Message("late-1", "Le bus ne passe plus le samedi"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
        await Task.Delay(300);
        Assert.False(stopping.IsCompleted, "The host stopped with a turn in progress.");
        Assert.Equal(1, turns.Count);

        // The turn finishes, then the host stops (and disposes its services); by then its answer is stored and acknowledged.
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        var repliesAtStop = connector.SentTexts;
        await using (var db = factory.OpenDatabaseFile())
        {
            var answer = Assert.Single(await db.Answers.ToListAsync());
            Assert.Equal(SlowAnswer, answer.Text);
            Assert.DoesNotContain("late-1", await RememberedActivities.InAsync(db));
        }
        Assert.Contains(repliesAtStop, t => t.StartsWith("Noté — Précarité.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await slowTurn).StatusCode);
        Assert.Equal(0, turns.Count);
    }

    [Fact]
    public async Task A_turn_longer_than_the_shutdown_timeout_does_not_hold_the_host_forever()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var categorizing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns((string _) =>
        {
            categorizing.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(30));
            return new ThemeCategorization([], false);
        });
        await using var factory = new BotWebHost
        {
            Settings = { ["Shutdown:Timeout"] = "00:00:01" },
            ConfigureServices = s => s.AddSingleton(categorizer.Object),
        };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }
        var slowTurn = ChannelActivities.PostAsync(client, ChannelActivities.Message("slow-1", SlowAnswer));
        await categorizing.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var started = System.Diagnostics.Stopwatch.StartNew();

        await factory.Host.StopAsync().WaitAsync(TimeSpan.FromSeconds(15));

        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Contains(factory.Logs.GetSnapshot(), r => r.Message.StartsWith("Shutdown timeout reached with 1 turn(s)", StringComparison.Ordinal));
        release.SetResult();
        await slowTurn;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting.");
            await Task.Delay(10);
        }
    }
}
