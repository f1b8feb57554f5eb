using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>
/// Reminders, on a fake clock, sent through the bot's adapter to a captured connector: where they go, what they say,
/// when (3 days of silence, working days 8:00–19:00 Paris time), how many, and « stop rappels ».
/// </summary>
public sealed class ReminderConversationTests : IAsyncLifetime
{
    private const string Reminder =
        "Bonjour ! Il vous reste à compléter l'état des lieux de Merville (ressources). Écrivez « reprendre » quand vous avez cinq minutes. Pour ne plus recevoir de rappels : « stop rappels ».";

    private ReminderHost reminders = null!;
    private ParticipantProfile paul = null!;

    public async Task InitializeAsync()
    {
        // Earlier than any test's own time: a fake clock cannot go back.
        reminders = await ReminderHost.StartAsync(new FakeTimeProvider(Paris(11, 20, 10)));
        await reminders.RegisterAsync("aad-consultant", "Claire Dubois", ParticipantRole.Consultant);
        paul = await reminders.RegisterAsync("aad-paul", "Paul Leroy");
    }

    public async Task DisposeAsync() => await reminders.DisposeAsync();

    private static DateTimeOffset Paris(int month, int day, int hour, int minute = 0) => ReminderHost.Paris(2026, month, day, hour, minute);

    /// <summary>Paul opens his personal chat and reaches the resources of Merville, by default on Saturday 28 November at 10:00.</summary>
    private async Task<TestConversation> PaulReachesTheResourcesAsync(DateTimeOffset? at = null)
    {
        reminders.Clock.SetUtcNow(at ?? ReminderHost.Start);
        var conversation = reminders.Host.Conversation("aad-paul", userName: "Paul Leroy");
        await conversation.SayAsync("bonjour");
        await conversation.SayAsync("Beaucoup de familles au RSA");
        (await conversation.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        return conversation;
    }

    [Fact]
    public async Task A_message_in_the_personal_chat_records_where_to_write_back()
    {
        var conversation = await PaulReachesTheResourcesAsync();

        await using var db = reminders.Host.OpenDatabase();
        var row = await db.ReminderContacts.SingleAsync();
        Assert.Equal(paul.Id, row.ParticipantId);
        Assert.Equal(reminders.Clock.GetUtcNow().UtcDateTime, DateTime.SpecifyKind(row.LastMessageAt, DateTimeKind.Utc));
        var reference = JsonConvert.DeserializeObject<ConversationReference>(row.ConversationReference!)!;
        Assert.Equal((conversation.ConversationId, "https://test.local", "aad-paul", "msteams"),
            (reference.Conversation.Id, reference.ServiceUrl, reference.User.AadObjectId, reference.ChannelId));
        Assert.Null(reference.ActivityId);
    }

    [Fact]
    public async Task A_group_chat_or_an_unknown_user_records_nothing()
    {
        reminders.Clock.SetUtcNow(ReminderHost.Start);
        await reminders.Host.Conversation("aad-paul", conversationType: "groupChat").SayAsync("bonjour");
        await reminders.Host.Conversation("aad-stranger").SayAsync("bonjour");

        await using var db = reminders.Host.OpenDatabase();
        Assert.Empty(await db.ReminderContacts.ToListAsync());
    }

    [Fact]
    public async Task Nothing_before_the_delay_then_one_reminder_on_tuesday_at_10_to_the_personal_chat()
    {
        var conversation = await PaulReachesTheResourcesAsync(); // Saturday 10:00

        Assert.Empty(await reminders.RunChecksUntilAsync(Paris(12, 1, 9, 45)));
        Assert.Empty(reminders.Connector.Sent);

        Assert.Equal([Paris(12, 1, 10)], await reminders.RunChecksUntilAsync(Paris(12, 1, 12)));
        var (conversationId, text) = Assert.Single(reminders.Sent);
        Assert.Equal((conversation.ConversationId, Reminder), (conversationId, text));
        var (uri, activity) = reminders.Connector.Sent.Single();
        Assert.Equal($"/v3/conversations/{conversation.ConversationId}/activities", uri.AbsolutePath);
        Assert.Equal("https://test.local/", uri.GetLeftPart(UriPartial.Authority) + "/");
        Assert.Equal("29:aad-paul", (string?)activity["recipient"]?["id"]);
    }

    [Fact]
    public async Task Due_on_a_saturday_it_goes_on_monday_at_8()
    {
        await PaulReachesTheResourcesAsync(Paris(11, 25, 10)); // Wednesday

        Assert.Equal([Paris(11, 30, 8)], await reminders.RunChecksUntilAsync(Paris(12, 1, 12)));
    }

    [Fact]
    public async Task Due_at_20_it_goes_the_next_morning_at_8()
    {
        await PaulReachesTheResourcesAsync(Paris(11, 27, 20)); // Friday evening: due Monday 20:00

        Assert.Equal([Paris(12, 1, 8)], await reminders.RunChecksUntilAsync(Paris(12, 2, 12)));
    }

    [Fact]
    public async Task At_most_three_reminders_and_writing_again_starts_the_count_again()
    {
        var conversation = await PaulReachesTheResourcesAsync();

        Assert.Equal([Paris(12, 1, 10), Paris(12, 4, 10), Paris(12, 7, 10)], await reminders.RunChecksUntilAsync(Paris(12, 21, 10)));

        (await conversation.SayAsync("reprendre")).Said("Commune 1/1 · Merville · ressources"); // Monday 21 December
        Assert.Equal([Paris(12, 24, 10)], await reminders.RunChecksUntilAsync(Paris(12, 24, 12)));
    }

    [Theory]
    [InlineData("stop rappels")]
    [InlineData("je ne veux plus de rappels")]
    public async Task None_after_stop_rappels_and_again_after_reprendre_les_rappels(string stop)
    {
        var conversation = await PaulReachesTheResourcesAsync();

        var stopped = await conversation.SayAsync(stop);
        stopped.Said("C'est noté : je ne vous enverrai plus de rappels.");
        Assert.Contains("Commune 1/1 · Merville · ressources", stopped.Question().Text); // the question again
        Assert.Empty(await reminders.RunChecksUntilAsync(Paris(12, 10, 12)));

        var restarted = await conversation.SayAsync("reprendre les rappels"); // Thursday 10 December, 12:00
        restarted.Said("C'est noté : les rappels reprennent. Si votre état des lieux n'avance pas pendant 3 jours");
        Assert.Contains("Commune 1/1 · Merville · ressources", restarted.Question().Text);
        Assert.Equal([Paris(12, 14, 8)], await reminders.RunChecksUntilAsync(Paris(12, 14, 12))); // Sunday 12:00 → Monday 8:00
        Assert.Equal(Reminder, reminders.Sent.Single().Text);
    }

    [Theory]
    [InlineData("arrêter les rappels")]
    [InlineData("Plus de rappels !")]
    [InlineData("STOP RAPPELS")]
    public async Task Stop_has_several_wordings(string words)
    {
        var conversation = await PaulReachesTheResourcesAsync();

        (await conversation.SayAsync(words)).Said("je ne vous enverrai plus de rappels");

        Assert.Empty(await reminders.RunChecksUntilAsync(Paris(12, 8, 12)));
    }

    [Fact]
    public async Task Stop_rappels_with_no_interview_running_just_confirms()
    {
        reminders.Clock.SetUtcNow(ReminderHost.Start);
        var conversation = reminders.Host.Conversation("aad-paul");
        await conversation.SayAsync("bonjour");
        await conversation.SayAsync("pause");

        var replies = await conversation.SayAsync("stop rappels");

        Assert.Equal("C'est noté : je ne vous enverrai plus de rappels. Si vous changez d'avis : « reprendre les rappels ».", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task None_once_the_interview_is_finished()
    {
        await PaulReachesTheResourcesAsync();
        await reminders.FinishInterviewAsync(paul.Id);

        Assert.Empty(await reminders.RunChecksUntilAsync(Paris(12, 8, 12)));
        Assert.Empty(reminders.Connector.Sent);
    }

    [Fact]
    public async Task A_consultant_gets_no_automatic_reminder()
    {
        reminders.Clock.SetUtcNow(ReminderHost.Start);
        await reminders.Host.Conversation("aad-consultant").SayAsync("bonjour");

        Assert.Empty(await reminders.RunChecksUntilAsync(Paris(12, 8, 12)));
    }

    [Fact]
    public async Task A_refused_send_is_not_counted_and_is_tried_again_the_next_day()
    {
        await PaulReachesTheResourcesAsync();
        reminders.RefuseNextSends(1);

        var sentAt = await reminders.RunChecksUntilAsync(Paris(12, 2, 12));

        Assert.Equal([Paris(12, 2, 10)], sentAt); // Tuesday 10:00 refused by the channel, Wednesday 10:00 delivered
        Assert.Single(reminders.Sent);
        await using var db = reminders.Host.OpenDatabase();
        Assert.Equal(1, (await db.ReminderContacts.SingleAsync()).RemindersSent);
    }
}
