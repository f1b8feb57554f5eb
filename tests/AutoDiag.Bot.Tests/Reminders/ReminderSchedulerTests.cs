using System.Text;
using AutoDiag.Bot.Reminders;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>The periodic check runs by itself in the real host, on its clock, and posts the reminder where Teams would receive it.</summary>
public sealed class ReminderSchedulerTests
{
    [Fact]
    public async Task In_the_real_host_the_check_runs_every_15_minutes_and_posts_to_the_channel()
    {
        var clock = new FakeTimeProvider(ReminderHost.Start);
        await using var factory = new AutoDiagWebFactory { ConfigureServices = services => services.AddSingleton<TimeProvider>(clock) };
        using var client = factory.CreateClient();
        var id = 0;
        // An empty database: the demo onboarding registers Jeanne as an élu of Merville.
        foreach (var text in new[] { "bonjour", "Élu", "CC Flandre Lys", "Merville", "oui" })
        {
            var response = await client.PostAsync("/api/messages", new StringContent(Message($"act-{++id}", text).ToString(), Encoding.UTF8, "application/json"));
            Assert.True(response.IsSuccessStatusCode);
        }
        factory.Connector.Sent.Clear();

        // Tuesday 9:45, then 10:00 (3 days after Saturday 10:00): the hosted service's own timer, on the fake clock.
        clock.SetUtcNow(ReminderHost.Paris(2026, 12, 1, 9, 45));
        clock.Advance(TimeSpan.FromMinutes(15));
        var sent = await WaitForAsync(() => factory.Connector.Sent.ToList(), s => s.Count > 0);

        var (uri, activity) = Assert.Single(sent);
        Assert.Equal("/v3/conversations/http-conv/activities", uri.AbsolutePath);
        Assert.StartsWith("Bonjour ! Il vous reste à compléter l'état des lieux de Merville (difficultés).", PlainText.Of((string?)activity["text"]));

        clock.Advance(TimeSpan.FromMinutes(15));
        await Task.Delay(300);
        Assert.Single(factory.Connector.Sent);
    }

    [Fact]
    public async Task Reminders_Enabled_false_stops_the_periodic_check_only()
    {
        await using var reminders = await ReminderHost.StartAsync(settings: new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" });
        var scheduler = reminders.Host.Services.GetRequiredService<ReminderScheduler>();

        await scheduler.StartAsync(CancellationToken.None);
        await scheduler.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(scheduler.ExecuteTask.IsCompletedSuccessfully);
        Assert.False(reminders.Host.Services.GetRequiredService<ReminderOptions>().Enabled);
    }

    [Fact]
    public async Task The_settings_are_read_from_the_Reminders_section()
    {
        await using var reminders = await ReminderHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Reminders:Delay"] = "1.00:00:00",
            ["Reminders:MaxCount"] = "1",
            ["Reminders:CheckEvery"] = "01:00:00",
        });
        await reminders.RegisterAsync("aad-paul", "Paul Leroy");
        await reminders.Host.Conversation("aad-paul").SayAsync("bonjour"); // Saturday 10:00

        // One day later is Sunday: Monday 8:00, checked every hour; then no second one.
        Assert.Equal([ReminderHost.Paris(2026, 11, 30, 8)], await reminders.RunChecksUntilAsync(ReminderHost.Paris(2026, 12, 10, 12)));
    }

    private static async Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var value = read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(50);
        }
    }

    private static JObject Message(string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["text"] = text,
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://connector.test/",
        ["conversation"] = new JObject { ["id"] = "http-conv", ["conversationType"] = "personal" },
        ["from"] = new JObject { ["id"] = "29:http-user", ["name"] = "Jeanne Martin", ["aadObjectId"] = "aad-http" },
        ["recipient"] = new JObject { ["id"] = "28:autodiag", ["name"] = "AutoDiag social" },
        ["locale"] = "fr-FR",
    };
}
