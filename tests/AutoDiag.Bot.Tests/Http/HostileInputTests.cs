using System.Net;
using System.Text;
using AutoDiag.Bot.Adapters;
using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>
/// Broken and hostile requests to /api/messages get a 4xx, never a 500, and leave no trace: no answer, no state (nor
/// the message ids it keeps), no participant, no reply. They share one host: nothing any of them does may be stored.
/// </summary>
public sealed class HostileInputTests(HostileInputTests.SharedHost host) : IClassFixture<HostileInputTests.SharedHost>
{
    public sealed class SharedHost : IAsyncLifetime
    {
        public AutoDiagWebFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "truncated JSON", """{"type":"message","id":"a1","text":"bonjour","conversation":{"id":"c""" },
        { "not JSON", "bonjour" },
        { "a JSON array", """[{"type":"message"}]""" },
        { "a JSON string", "\"message\"" },
        { "JSON null", "null" },
        { "an empty body", "" },
        { "a field of the wrong shape", """{"type":"message","id":"a1","conversation":"not-an-object","from":{"id":"u"},"channelId":"msteams","serviceUrl":"https://connector.test/"}""" },
        { "two activities glued", Message("a1").ToString(Newtonsoft.Json.Formatting.None) + Message("a2").ToString(Newtonsoft.Json.Formatting.None) },
        { "no type", """{"id":"a1","text":"bonjour","channelId":"msteams","serviceUrl":"https://connector.test/","conversation":{"id":"c"},"from":{"id":"u"}}""" },
        { "nesting 10 000 deep", """{"type":"message","id":"a1","value":""" + new string('[', 10_000) + new string(']', 10_000) + "}" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_json_gets_400_and_nothing_is_recorded(string what, string body)
    {
        var response = await ChannelActivities.PostRawAsync(host.Client, body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_body_not_declared_as_json_gets_415_and_nothing_is_recorded(string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Message("typed-1").ToString()));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    public async Task A_body_declared_as_json_is_read(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{not json"));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await host.Client.PostAsync("/api/messages", content);

        // Read, and refused for what it holds: past the content-type check.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413_and_nothing_is_recorded()
    {
        var activity = Message("big-1", new string('x', (int)InboundActivityOptions.DefaultMaxRequestBodySize));

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task A_chunked_body_over_256_KB_without_a_length_gets_413_too()
    {
        var bytes = Encoding.UTF8.GetBytes(Message("big-2", new string('x', 300_000)).ToString());
        using var content = new StreamContent(new UnseekableStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        Assert.Null(content.Headers.ContentLength);

        var response = await host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("hackerType")]
    [InlineData("message2")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("invokeResponse")]
    [InlineData("delay")]
    public async Task An_unknown_activity_type_is_acknowledged_and_ignored(string type)
    {
        var activity = Message("odd-1");
        activity["type"] = type;

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("serviceUrl")]
    [InlineData("channelId")]
    public async Task An_activity_without_its_conversation_sender_or_channel_gets_400_not_500(string field)
    {
        var activity = Message("lacking-1");
        activity.Remove(field);

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("from")]
    public async Task An_activity_whose_conversation_or_sender_has_no_id_gets_400(string field)
    {
        var activity = Message("lacking-2");
        activity[field] = new JObject { ["name"] = "sans id" };

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("conversation", "id", "nl\nfail: Forged[0] forged line")]
    [InlineData("conversation", "id", "n\u0000ul")]
    [InlineData("conversation", "id", "conversation-é")]
    [InlineData("from", "id", "29:\u0000")]
    [InlineData("from", "aadObjectId", "aad-\u0000")]
    [InlineData("conversation", "id", null)]
    public async Task An_id_that_is_not_printable_ascii_or_is_overlong_gets_400(string owner, string field, string? id)
    {
        id ??= new string('x', 1025);
        var activity = Message("odd-id");
        activity[owner]![field] = id;

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Theory]
    [InlineData("membersAdded")]
    [InlineData("membersRemoved")]
    public async Task A_conversation_update_with_a_null_member_gets_400(string field)
    {
        var activity = Message("null-member");
        activity["type"] = "conversationUpdate";
        activity[field] = new JArray(JValue.CreateNull());

        var response = await ChannelActivities.PostAsync(host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task A_relative_or_non_http_service_url_gets_400()
    {
        foreach (var serviceUrl in new[] { "connector.test/", "file:///etc/passwd", "javascript:alert(1)" })
        {
            var activity = Message("bad-url");
            activity["serviceUrl"] = serviceUrl;

            var response = await ChannelActivities.PostAsync(host.Client, activity);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{serviceUrl}: {(int)response.StatusCode}");
        }
        await AssertNothingRecordedAsync();
    }

    [Fact]
    public async Task Other_methods_are_not_allowed()
    {
        var response = await host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        await AssertNothingRecordedAsync();
    }

    private static JObject Message(string id, string text = "bonjour") => ChannelActivities.Message(id, text, conversationId: "hostile-conv", userId: "29:hostile");

    private async Task AssertNothingRecordedAsync()
    {
        await using var db = host.Factory.Services.GetRequiredService<IDbContextFactory<Knowledge.Persistence.AutoDiagDbContext>>().CreateDbContext();
        Assert.Empty(await db.Answers.ToListAsync());
        Assert.Empty(await db.BotStates.ToListAsync());
        Assert.Empty(await db.Participants.ToListAsync());
        Assert.Empty(host.Factory.Connector.Sent);

        // And the host still answers.
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>A body of unknown length, as a client streaming it chunked would send.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>Limits that must not refuse what is legitimate.</summary>
public sealed class InputLimitTests
{
    [Fact]
    public async Task A_large_body_under_the_limit_is_processed()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();
        var activity = ChannelActivities.Message("large-1", "bonjour " + new string('x', 200_000));

        var response = await ChannelActivities.PostAsync(client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pour commencer, quel est votre rôle ?", factory.Connector.SentTexts);
    }

    [Fact]
    public async Task The_limit_follows_its_setting()
    {
        await using var factory = new BotWebHost { Settings = { ["Messages:MaxRequestBodySize"] = "2048" } };
        using var client = factory.CreateClient();

        var small = await ChannelActivities.PostAsync(client, ChannelActivities.Message("small-1", "bonjour"));
        var large = await ChannelActivities.PostAsync(client, ChannelActivities.Message("large-2", new string('x', 2048)));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        await using var db = factory.OpenDatabase();
        Assert.Equal(["small-1"], await RememberedActivities.InAsync(db, "http-conv"));
    }
}
