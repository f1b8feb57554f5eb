using AutoDiag.Bot.Tests.Support;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>
/// Two instances of the bot on one database, both running the periodic check at the same moment: each reminder is
/// claimed in the database before it goes out, so it goes out once — on SQLite (one file, two hosts) and PostgreSQL.
/// </summary>
public sealed class ReminderInstancesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_instances_that_both_find_a_reminder_due_send_it_once(DatabaseProvider provider)
    {
        await using var pair = await InstancesAsync(provider);
        var (first, second) = (pair.First, pair.Second);
        var paul = await first.RegisterAsync("aad-paul", "Paul Leroy");
        await first.Host.Conversation("aad-paul").SayAsync("bonjour");
        first.Clock.SetUtcNow(ReminderHost.Paris(2026, 12, 1, 10));

        // Both read the row before either sends: only the claim can keep them apart.
        var dueOnFirst = Assert.Single(await first.Reminders.ListDueAsync());
        var dueOnSecond = Assert.Single(await second.Reminders.ListDueAsync());
        var outcomes = await Task.WhenAll(
            Task.Run(() => first.Reminders.SendAsync(dueOnFirst, ReminderTexts.Reminder(dueOnFirst.Position))),
            Task.Run(() => second.Reminders.SendAsync(dueOnSecond, ReminderTexts.Reminder(dueOnSecond.Position))));

        Assert.Equal([ReminderSendOutcome.Sent, ReminderSendOutcome.AlreadyHandled], outcomes.Order());
        Assert.Single(first.Connector.Sent);
        await using var db = first.Host.OpenDatabase();
        Assert.Equal(1, (await db.ReminderContacts.SingleAsync(c => c.ParticipantId == paul.Id)).RemindersSent);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_schedulers_checking_at_the_same_time_send_each_reminder_once(DatabaseProvider provider)
    {
        await using var pair = await InstancesAsync(provider);
        var (first, second) = (pair.First, pair.Second);
        foreach (var (id, name) in new[] { ("aad-paul", "Paul Leroy"), ("aad-marie", "Marie Curie"), ("aad-anne", "Anne Roy") })
        {
            await first.RegisterAsync(id, name);
            await (id == "aad-marie" ? second : first).Host.Conversation(id).SayAsync("bonjour");
        }
        first.Clock.SetUtcNow(ReminderHost.Paris(2026, 12, 1, 10));

        var sent = await Task.WhenAll(Task.Run(first.CheckAsync), Task.Run(second.CheckAsync));

        Assert.Equal(3, sent.Sum());
        Assert.Equal(3, first.Connector.Sent.Count);
        Assert.Equal(3, first.Connector.Sent.Select(s => (string)s.Activity["conversation"]!["id"]!).Distinct().Count());
    }

    private static async Task<Instances> InstancesAsync(DatabaseProvider provider)
    {
        // One clock and one connector: the same world seen from two instances.
        var clock = new FakeTimeProvider(ReminderHost.Start);
        var connector = new RecordingConnectorHandler();
        if (provider == DatabaseProvider.Sqlite)
        {
            var first = await ReminderHost.StartAsync(clock, connector);
            return new Instances(first, await ReminderHost.StartAsync(clock, connector, databasePath: first.Host.DatabasePath), null);
        }

        var database = await PostgresTestServer.CreateDatabaseAsync();
        var settings = BotTestHost.PostgresSettings(database.ConnectionString);
        return new Instances(
            await ReminderHost.StartAsync(clock, connector, settings: settings),
            await ReminderHost.StartAsync(clock, connector, settings: settings),
            database);
    }

    private sealed record Instances(ReminderHost First, ReminderHost Second, PostgresTestDatabase? Database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            if (Database is not null)
            {
                await Database.DisposeAsync();
            }
        }
    }
}
