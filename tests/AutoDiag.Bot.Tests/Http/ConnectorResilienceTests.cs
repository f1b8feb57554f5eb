using System.Net;
using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>
/// Replies to the channel go through the connector's retries: a throttled reply waits for the channel's
/// <c>Retry-After</c> and is delivered once; a reply the channel keeps refusing is given up within the configured
/// time, logged with its conversation, and what the turn recorded stays.
/// </summary>
public sealed class ConnectorResilienceTests
{
    [Fact]
    public async Task A_throttled_reply_waits_for_retry_after_and_is_delivered_once()
    {
        var connector = new ThrottlingConnectorHandler();
        // The first reply of the turn is throttled once; Retry-After (1 s) is longer than the configured backoff (10 ms).
        connector.Script.Enqueue((HttpStatusCode.TooManyRequests, 1));
        await using var factory = new BotWebHost { Connector = connector, Settings = FastRetries(maxRetries: 3) };
        using var client = factory.CreateClient();

        var response = await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = connector.Attempts.ToList();
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[0].Status);
        Assert.Equal(HttpStatusCode.OK, attempts[1].Status);
        Assert.Equal(attempts[0].Activity.ToString(), attempts[1].Activity.ToString());
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {attempts[1].At - attempts[0].At}");
        // Every reply of the turn reached the user exactly once, in order.
        var delivered = connector.DeliveredTexts;
        Assert.Equal(delivered.Distinct().ToList(), delivered);
        Assert.StartsWith("Bonjour, je suis AutoDiag social", delivered[0], StringComparison.Ordinal);
        Assert.Contains("Pour commencer, quel est votre rôle ?", delivered);
        Assert.Equal(attempts.Count - 1, delivered.Count);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_backoff()
    {
        var connector = new ThrottlingConnectorHandler();
        connector.Script.Enqueue((HttpStatusCode.ServiceUnavailable, null));
        connector.Script.Enqueue((HttpStatusCode.BadGateway, null));
        await using var factory = new BotWebHost { Connector = connector, Settings = FastRetries(maxRetries: 3) };
        using var client = factory.CreateClient();

        await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));

        var statuses = connector.Attempts.Select(a => a.Status).Take(3).ToList();
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.BadGateway, HttpStatusCode.OK], statuses);
        Assert.StartsWith("Bonjour, je suis AutoDiag social", connector.DeliveredTexts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_the_channel_keeps_refusing_is_logged_with_its_conversation_and_the_answer_stays()
    {
        var connector = new ThrottlingConnectorHandler();
        await using var factory = new BotWebHost { Connector = connector, Settings = FastRetries(maxRetries: 2) };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }
        var attemptsBefore = connector.Attempts.Count;
        connector.Otherwise = HttpStatusCode.ServiceUnavailable;

        var response = await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-1", "Beaucoup de familles au RSA"));

        // The turn ended normally for the channel: no 500, no redelivery of an answer already recorded.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using (var db = factory.OpenDatabase())
        {
            var answer = Assert.Single(await db.Answers.ToListAsync());
            Assert.Equal("Beaucoup de familles au RSA", answer.Text);
            Assert.Contains("answer-1", await RememberedActivities.InAsync(db, "http-conv"));
        }
        // The acknowledgement was tried 1 + 2 times, never delivered, and the failure was logged with the conversation.
        var tried = connector.Attempts.Skip(attemptsBefore).ToList();
        Assert.True(tried.Count >= 3, $"{tried.Count} attempts");
        Assert.All(tried, a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status));
        Assert.Equal(3, tried.Count(a => new BotReply(a.Activity.ToObject<Microsoft.Bot.Schema.Activity>()!).Text.StartsWith("Noté — Précarité.", StringComparison.Ordinal)));
        var failures = factory.Logs.GetSnapshot()
            .Where(r => r.Level == LogLevel.Error && r.Message.Contains("could not be delivered", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(failures);
        Assert.All(failures, failure =>
        {
            Assert.Contains("HTTP 503", failure.Message, StringComparison.Ordinal);
            Assert.Equal("http-conv", failure.StructuredState!.Single(p => p.Key == "ConversationId").Value);
            Assert.Equal("answer-1", failure.StructuredState!.Single(p => p.Key == "ActivityId").Value);
        });
        Assert.DoesNotContain(factory.Logs.GetSnapshot(), r => r.Message.StartsWith("Unhandled error", StringComparison.Ordinal));

        // The channel is back: the élu goes on from where the unseen acknowledgement left them (the state was kept).
        connector.Otherwise = HttpStatusCode.OK;
        var deliveredBefore = connector.DeliveredTexts.Count;
        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-2", "Le bus ne passe plus le samedi"));
        var after = connector.DeliveredTexts.Skip(deliveredBefore).ToList();
        Assert.Contains(after, t => t.StartsWith("Noté — Mobilité.", StringComparison.Ordinal));
        await using (var db = factory.OpenDatabase())
        {
            Assert.Equal(2, await db.Answers.CountAsync());
        }
    }

    [Fact]
    public async Task Retries_stop_within_the_total_time()
    {
        var connector = new ThrottlingConnectorHandler { Otherwise = HttpStatusCode.TooManyRequests };
        // The channel asks for 5 s each time; the reply may take 1.5 s in all.
        for (var i = 0; i < 10; i++)
        {
            connector.Script.Enqueue((HttpStatusCode.TooManyRequests, 5));
        }
        var settings = FastRetries(maxRetries: 5);
        settings["Connector:Resilience:TotalTimeout"] = "00:00:01.500";
        await using var factory = new BotWebHost { Connector = connector, Settings = settings };
        using var client = factory.CreateClient();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var response = await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.DeliveredTexts);
        // Every reply of the turn (the welcome, the first question) gave up after about 1.5 s, where waiting out the
        // channel's 5 s five times would take 25 s a reply; the slack is for a machine busy with the other test projects.
        var replies = connector.Attempts.Select(a => a.Activity.ToString()).Distinct().Count();
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1.5 * replies + 10), $"{started.Elapsed} for {replies} replies");
        Assert.Contains(factory.Logs.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains("could not be delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_proactive_message_that_fails_is_thrown_to_its_sender()
    {
        var connector = new ThrottlingConnectorHandler { Otherwise = HttpStatusCode.ServiceUnavailable };
        await using var factory = new BotWebHost { Connector = connector, Settings = FastRetries(maxRetries: 1) };
        using var client = factory.CreateClient();
        var adapter = (Microsoft.Bot.Builder.BotAdapter)factory.Services.GetRequiredService<Microsoft.Bot.Builder.Integration.AspNet.Core.IBotFrameworkHttpAdapter>();
        var reference = new Microsoft.Bot.Schema.ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = ChannelActivities.ServiceUrl,
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "proactive-conv"),
            Bot = new Microsoft.Bot.Schema.ChannelAccount(id: "28:autodiag"),
            User = new Microsoft.Bot.Schema.ChannelAccount(id: "29:someone"),
        };
        Exception? thrown = null;

        // As the reminders send (bot/Reminders/AdapterReminderChannel.cs): replies may be held until the end of the turn,
        // so the failure is caught at the send itself.
        await adapter.ContinueConversationAsync(string.Empty, reference, async (turnContext, ct) =>
        {
            turnContext.OnSendActivities(async (_, _, next) =>
            {
                try
                {
                    return await next();
                }
                catch (Exception e)
                {
                    thrown = e;
                    return [];
                }
            });
            await turnContext.SendActivityAsync("Rappel", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.NotNull(thrown);
        Assert.Equal(2, connector.Attempts.Count);
        Assert.DoesNotContain(factory.Logs.GetSnapshot(), r => r.Message.Contains("could not be delivered", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> FastRetries(int maxRetries) => new()
    {
        ["Connector:Resilience:MaxRetryAttempts"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Connector:Resilience:BaseDelay"] = "00:00:00.010",
        ["Connector:Resilience:MaxDelay"] = "00:00:02",
        ["Connector:Resilience:TotalTimeout"] = "00:00:10",
    };
}
