using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// Stands in for the Bot Connector on the loopback: the bot posts its replies here (the activities' <c>serviceUrl</c>),
/// as <c>POST /v3/conversations/{conversation}/activities/{replyToId}</c>, and gets 200 at once. Each reply is filed
/// under the turn it answers, for the simulated élu to read when its <c>POST /api/messages</c> returns (the CloudAdapter
/// sends a turn's replies before it answers that request). A member lookup gets a plain member.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private static readonly byte[] Created = "{\"id\":\"1\"}"u8.ToArray();

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TurnInbox> inboxes = new(StringComparer.Ordinal);
    private long received;
    private long stray;

    private FakeConnector(WebApplication app)
    {
        this.app = app;
    }

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Replies received, in all.</summary>
    public long Received => Interlocked.Read(ref received);

    /// <summary>Replies to no turn in progress (a turn already over, or no such conversation): should stay 0.</summary>
    public long Stray => Interlocked.Read(ref stray);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);

        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext context, string conversationId, string replyToId) =>
            connector.ReceiveAsync(context, conversationId, replyToId));
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) =>
            connector.ReceiveAsync(context, conversationId, replyToId: null));
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Results.Json(new { id = memberId, name = "Élu de charge", aadObjectId = memberId.Replace("29:", "", StringComparison.Ordinal) }));
        app.MapFallback(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Response.Body.WriteAsync(Created).AsTask();
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    /// <summary>Before a turn is sent: its replies, filed as they come.</summary>
    public TurnInbox Expect(string conversationId, string activityId)
    {
        var inbox = inboxes.GetOrAdd(conversationId, _ => new TurnInbox());
        inbox.Reset(activityId);
        return inbox;
    }

    public void Forget(string conversationId) => inboxes.TryRemove(conversationId, out _);

    private async Task ReceiveAsync(HttpContext context, string conversationId, string? replyToId)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        var type = root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "message")
        {
            Interlocked.Increment(ref received);
            var text = new StringBuilder();
            CollectTexts(root, text);
            if (!inboxes.TryGetValue(conversationId, out var inbox) || !inbox.Add(replyToId, text.ToString()))
            {
                Interlocked.Increment(ref stray);
            }
        }
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(Created);
    }

    /// <summary>What the élu reads: the message's text and every text of its cards (acknowledgements and questions are in cards).</summary>
    private static void CollectTexts(JsonElement element, StringBuilder into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("text") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        into.Append(property.Value.GetString()).Append('\n');
                    }
                    else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        CollectTexts(property.Value, into);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectTexts(item, into);
                }
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>The replies to one conversation's turn in progress.</summary>
    public sealed class TurnInbox
    {
        private readonly List<string> replies = [];
        private string? activityId;

        internal void Reset(string expectedActivityId)
        {
            lock (replies)
            {
                replies.Clear();
                activityId = expectedActivityId;
            }
        }

        internal bool Add(string? replyToId, string text)
        {
            lock (replies)
            {
                if (activityId is null || (replyToId is not null && replyToId != activityId))
                {
                    return false;
                }
                replies.Add(text);
                return true;
            }
        }

        /// <summary>The replies so far, and the end of this turn: later replies are stray.</summary>
        public IReadOnlyList<string> Take()
        {
            lock (replies)
            {
                activityId = null;
                var taken = replies.ToList();
                replies.Clear();
                return taken;
            }
        }
    }
}
