using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Reminders;

/// <summary>
/// The reminder rows in the database, on both providers: recorded on messages, stopped and restarted, and claimed by
/// one conditional update so that instances checking at the same moment send a reminder once.
/// </summary>
public abstract class ReminderContactsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Reference = """{"conversation":{"id":"a:personal-1"},"serviceUrl":"https://smba.test/"}""";

    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private ReminderContacts contacts = null!;
    private int elu;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        contacts = new ReminderContacts(database.Factory, clock);
        await using var db = database.Open();
        var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        elu = (await directory.RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, (await db.Intercommunalities.SingleAsync()).Id, [merville]))).Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_message_records_the_reference_and_the_time_and_starts_the_count_again()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        var first = (await contacts.GetAsync(elu))!;
        Assert.Equal((true, clock.GetUtcNow().UtcDateTime, 0, (DateTime?)null, false), (first.HasConversation, first.LastMessageAt, first.RemindersSent, first.LastReminderAt, first.RemindersStopped));

        clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await contacts.TryClaimAsync(first, clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromHours(2));
        await contacts.RecordMessageAsync(elu, Reference.Replace("personal-1", "personal-2"));

        var after = (await contacts.GetAsync(elu))!;
        Assert.Equal((clock.GetUtcNow().UtcDateTime, 0), (after.LastMessageAt, after.RemindersSent));
        Assert.NotNull(after.LastReminderAt);
        await using var db = database.Open();
        Assert.Contains("personal-2", (await db.ReminderContacts.SingleAsync()).ConversationReference);
    }

    [Fact]
    public async Task Stop_before_any_message_is_kept_when_the_participant_writes()
    {
        await contacts.SetStoppedAsync(elu, stopped: true);
        Assert.False((await contacts.GetAsync(elu))!.HasConversation);

        await contacts.RecordMessageAsync(elu, Reference);
        Assert.True((await contacts.GetAsync(elu))!.RemindersStopped);

        await contacts.SetStoppedAsync(elu, stopped: false);
        Assert.False((await contacts.GetAsync(elu))!.RemindersStopped);
    }

    [Fact]
    public async Task Only_rows_silent_long_enough_under_the_count_and_not_stopped_are_candidates()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        var delay = TimeSpan.FromDays(3);

        clock.Advance(delay - TimeSpan.FromSeconds(1));
        Assert.Empty(await contacts.ListCandidatesAsync(delay, 3));
        clock.Advance(TimeSpan.FromSeconds(1));
        var (state, reference) = Assert.Single(await contacts.ListCandidatesAsync(delay, 3));
        Assert.Equal((elu, Reference), (state.ParticipantId, reference));
        Assert.Empty(await contacts.ListCandidatesAsync(delay, 0));

        Assert.True(await contacts.TryClaimAsync(state, clock.GetUtcNow().UtcDateTime));
        Assert.Empty(await contacts.ListCandidatesAsync(delay, 3)); // the delay runs from the reminder now
        clock.Advance(delay);
        Assert.Single(await contacts.ListCandidatesAsync(delay, 3));

        await contacts.SetStoppedAsync(elu, stopped: true);
        Assert.Empty(await contacts.ListCandidatesAsync(delay, 3));
    }

    [Fact]
    public async Task Of_several_instances_claiming_the_same_reminder_one_wins()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        clock.Advance(TimeSpan.FromDays(3));
        var seen = (await contacts.GetAsync(elu))!;

        // Eight instances, each with its own service, read the same row and claim at once.
        var instances = Enumerable.Range(0, 8).Select(_ => new ReminderContacts(AutoDiagDatabase.CreateFactory(provider, database.ConnectionString), clock)).ToList();
        var claims = await Task.WhenAll(instances.Select(i => Task.Run(() => i.TryClaimAsync(seen, clock.GetUtcNow().UtcDateTime))));

        Assert.Single(claims, claimed => claimed);
        Assert.Equal(1, (await contacts.GetAsync(elu))!.RemindersSent);
    }

    [Fact]
    public async Task Two_instances_sending_the_same_reminder_send_it_once()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        clock.Advance(TimeSpan.FromDays(3));
        var seen = (await contacts.GetAsync(elu))!;
        var channel = new HeldChannel();
        var other = new ReminderContacts(AutoDiagDatabase.CreateFactory(provider, database.ConnectionString), clock);

        // The first holds its send open while the second tries: the claim, not the timing, keeps it to one.
        var first = contacts.SendAsync(seen, Reference, "Bonjour", channel);
        await channel.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await other.SendAsync(seen, Reference, "Bonjour", channel);
        channel.Release.SetResult();

        Assert.True(await first);
        Assert.False(second);
        Assert.Equal(1, channel.Sends);
    }

    [Fact]
    public async Task A_send_that_fails_is_not_counted_and_waits_a_day()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        clock.Advance(TimeSpan.FromDays(3));
        var seen = (await contacts.GetAsync(elu))!;
        var delay = TimeSpan.FromDays(3);

        await Assert.ThrowsAsync<HttpRequestException>(() => contacts.SendAsync(seen, Reference, "Bonjour", new FailingChannel()));

        var refused = (await contacts.GetAsync(elu))!;
        Assert.Equal(seen with { LastFailedSendAt = clock.GetUtcNow().UtcDateTime }, refused);
        clock.Advance(ReminderPlanner.RetryAfterFailure - TimeSpan.FromMinutes(15));
        Assert.Empty(await contacts.ListCandidatesAsync(delay, 3));
        clock.Advance(TimeSpan.FromMinutes(15));
        var (retry, _) = Assert.Single(await contacts.ListCandidatesAsync(delay, 3));
        Assert.True(await contacts.SendAsync(retry, Reference, "Bonjour", new HeldChannel(held: false)));
        Assert.Equal(1, (await contacts.GetAsync(elu))!.RemindersSent);

        await contacts.RecordMessageAsync(elu, Reference); // writing again forgets the refusal
        Assert.Null((await contacts.GetAsync(elu))!.LastFailedSendAt);
    }

    [Fact]
    public async Task A_claim_on_a_row_that_changed_since_it_was_read_is_refused()
    {
        await contacts.RecordMessageAsync(elu, Reference);
        clock.Advance(TimeSpan.FromDays(3));
        var seen = (await contacts.GetAsync(elu))!;

        clock.Advance(TimeSpan.FromMinutes(1));
        await contacts.RecordMessageAsync(elu, Reference); // the élu wrote meanwhile
        Assert.False(await contacts.TryClaimAsync(seen, clock.GetUtcNow().UtcDateTime));

        var fresh = (await contacts.GetAsync(elu))!;
        await contacts.SetStoppedAsync(elu, stopped: true); // or said « stop rappels »
        Assert.False(await contacts.TryClaimAsync(fresh with { RemindersStopped = false }, clock.GetUtcNow().UtcDateTime));
        Assert.Equal(0, (await contacts.GetAsync(elu))!.RemindersSent);
    }

    private sealed class HeldChannel(bool held = true) : IReminderChannel
    {
        private int sends;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Sends => sends;

        public async Task SendAsync(string conversationReference, string text, CancellationToken ct)
        {
            Interlocked.Increment(ref sends);
            Entered.TrySetResult();
            if (held)
            {
                await Release.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
            }
        }
    }

    private sealed class FailingChannel : IReminderChannel
    {
        public Task SendAsync(string conversationReference, string text, CancellationToken ct) =>
            throw new HttpRequestException("The connector answered 502.");
    }
}

public sealed class SqliteReminderContactsTests() : ReminderContactsTests(DatabaseProvider.Sqlite);

public sealed class PostgresReminderContactsTests() : ReminderContactsTests(DatabaseProvider.Postgres);

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
