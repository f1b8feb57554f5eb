using System.Net;
using AutoDiag.Bot.Tests.Support;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>
/// With <c>MicrosoftAppId</c> configured, /api/messages runs a turn only for a valid Bot Framework token: signed by the
/// channel's key, from its issuer, for this bot, in date, for the activity's service URL. Tokens come from a local
/// token service (<see cref="LocalChannelTokens"/>) that the SDK's own validation reads. The élu of the shared host is at
/// the question on difficulties: any message that got through would record an answer.
/// </summary>
public sealed class InboundAuthenticationTests(InboundAuthenticationTests.SecuredHost host) : IClassFixture<InboundAuthenticationTests.SecuredHost>
{
    private const string Conversation = "auth-conv";
    private const string User = "29:auth-user";
    private const string Answer = "Beaucoup de familles au RSA";

    public sealed class SecuredHost : IAsyncLifetime
    {
        public LocalChannelTokens Tokens { get; } = new();

        public BotWebHost Factory { get; }

        public HttpClient Client { get; private set; } = null!;

        private int nextId;

        public SecuredHost()
        {
            Factory = new BotWebHost
            {
                Settings = Tokens.Settings,
                ConfigureServices = services => services.AddSingleton<ServiceClientCredentialsFactory>(
                    sp => new OfflineCredentialsFactory(sp.GetRequiredService<IConfiguration>())),
            };
        }

        public RecordingConnectorHandler Connector => (RecordingConnectorHandler)Factory.Connector;

        public string NextId() => $"auth-{Interlocked.Increment(ref nextId)}";

        public async Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            foreach (var text in ChannelActivities.OnboardingToDifficulties)
            {
                var response = await ChannelActivities.PostAsync(Client, Message(NextId(), text), Tokens.Token());
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            Assert.Contains(Connector.SentTexts, t => t.Contains("difficultés", StringComparison.OrdinalIgnoreCase));
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }

    public static TheoryData<string> RefusedTokens => new()
    {
        "missing", "forged signature", "expired", "wrong audience", "no audience", "wrong issuer",
        "other service url", "alg none", "malformed", "basic scheme",
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_request_without_a_valid_token_gets_401_and_records_nothing(string kind)
    {
        var tokens = host.Tokens;
        var activityId = host.NextId();
        var before = await SnapshotAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Message(activityId, Answer).ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        var authorization = kind switch
        {
            "missing" => null,
            "forged signature" => "Bearer " + tokens.Token(signingKey: tokens.ForgedKey()),
            "expired" => "Bearer " + tokens.Token(expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong audience" => "Bearer " + tokens.Token(audience: "another-bot"),
            "no audience" => "Bearer " + tokens.Token(audience: null),
            "wrong issuer" => "Bearer " + tokens.Token(issuer: "https://sts.example.org/"),
            "other service url" => "Bearer " + tokens.Token(serviceUrl: "https://attacker.example.org/"),
            "alg none" => "Bearer " + tokens.UnsignedToken(),
            "malformed" => "Bearer not.a.token",
            "basic scheme" => "Basic " + Convert.ToBase64String("autodiag-test-app:secret"u8.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var after = await SnapshotAsync();
        Assert.Equal(before, after);
        await using var db = host.Factory.OpenDatabase();
        Assert.False(await db.Answers.AnyAsync(a => a.SourceActivityId.Contains(activityId)));
        Assert.DoesNotContain(activityId, await RememberedActivities.InAsync(db));
        Assert.DoesNotContain(host.Connector.Sent, s => s.Uri.AbsolutePath.EndsWith("/" + activityId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_valid_token_gets_the_turn_processed_and_the_answer_recorded()
    {
        var activityId = host.NextId();
        var answersBefore = (await SnapshotAsync()).Answers;

        var response = await ChannelActivities.PostAsync(host.Client, Message(activityId, Answer), host.Tokens.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = host.Factory.OpenDatabase();
        Assert.Equal(answersBefore + 1, await db.Answers.CountAsync());
        Assert.Contains(activityId, await RememberedActivities.InAsync(db, Conversation));
        Assert.Contains(host.Connector.Sent, s => s.Uri.AbsolutePath == $"/v3/conversations/{Conversation}/activities/{activityId}"
            && new BotReply(s.Activity.ToObject<Microsoft.Bot.Schema.Activity>()!).Text.StartsWith("Noté — Précarité.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hostile_bodies_without_a_token_are_refused_before_anything_runs()
    {
        var unknownType = Message(host.NextId(), Answer);
        unknownType["type"] = "hackerType";
        var noConversation = Message(host.NextId(), Answer);
        noConversation.Remove("conversation");
        var before = await SnapshotAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await ChannelActivities.PostAsync(host.Client, unknownType)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ChannelActivities.PostAsync(host.Client, noConversation)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ChannelActivities.PostRawAsync(host.Client, "{ not json")).StatusCode);

        Assert.Equal(before, await SnapshotAsync());
    }

    private static JObject Message(string id, string text) => ChannelActivities.Message(id, text, Conversation, User);

    /// <summary>Everything a turn could have written: counts of rows, and the conversation's state as stored.</summary>
    private async Task<Snapshot> SnapshotAsync()
    {
        await using var db = host.Factory.OpenDatabase();
        var states = await db.BotStates.OrderBy(s => s.Key).Select(s => s.Key + "=" + s.ETag).ToListAsync();
        return new Snapshot(
            await db.Answers.CountAsync(),
            await db.Participants.CountAsync(),
            await db.RiskAssessments.CountAsync(),
            string.Join(";", states),
            host.Connector.Sent.Count);
    }

    private sealed record Snapshot(int Answers, int Participants, int RiskAssessments, string States, int RepliesSent);
}
