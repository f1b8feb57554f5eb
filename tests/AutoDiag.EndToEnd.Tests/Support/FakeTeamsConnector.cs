using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// What the Bot Connector service is to the bot: the <c>serviceUrl</c> of the activities the test posts. The bot
/// posts its replies to <c>{serviceUrl}v3/conversations/{conversation}/activities/{replyToId}</c>; this records
/// every one (in order) and answers 200 <c>{"id": …}</c>, as the channel does. It outlives the bot processes,
/// so the replies of every process of a test are in one place. Replies to one activity can be held (no answer
/// at all) to stop a bot in the middle of sending them.
/// </summary>
public sealed partial class FakeTeamsConnector : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly List<ConnectorReply> replies = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ConnectorReply>> held = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    private FakeTeamsConnector(int port)
    {
        Port = port;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>The <c>serviceUrl</c> to put in the activities posted to the bot.</summary>
    public string ServiceUrl => $"http://127.0.0.1:{Port}/";

    /// <summary>Requests that were not a reply (another connector call), for the failure messages.</summary>
    public ConcurrentQueue<string> OtherRequests { get; } = new();

    public static FakeTeamsConnector Start()
    {
        // A port is free when asked, not necessarily when bound: try a few.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FakeTeamsConnector(FreePort());
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
    }

    /// <summary>Every reply recorded so far, in the order received.</summary>
    public IReadOnlyList<ConnectorReply> Replies
    {
        get
        {
            lock (replies)
            {
                return replies.ToList();
            }
        }
    }

    public IReadOnlyList<ConnectorReply> RepliesTo(string activityId) => Replies.Where(r => r.ReplyToId == activityId).ToList();

    /// <summary>
    /// The next reply to <paramref name="activityId"/> is recorded but never answered (the bot waits for the
    /// channel); the task completes when it arrives.
    /// </summary>
    public Task<ConnectorReply> HoldRepliesTo(string activityId) =>
        held.GetOrAdd(activityId, _ => new TaskCompletionSource<ConnectorReply>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>The whole exchange so far, one line per reply, for failure messages.</summary>
    public string Transcript(int last = 60) =>
        string.Join('\n', Replies.TakeLast(last).Select(r => $"  [{r.ReplyToId}] {r.Summary}"));

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        foreach (var hold in held.Values)
        {
            hold.TrySetCanceled();
        }
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }
        stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            var request = context.Request;
            string body;
            using (var reader = new StreamReader(request.InputStream, request.ContentEncoding ?? Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            var path = request.Url?.AbsolutePath ?? string.Empty;
            var match = ReplyPath().Match(path);
            if (request.HttpMethod != "POST" || !match.Success)
            {
                OtherRequests.Enqueue($"{request.HttpMethod} {path} {body}");
                await RespondAsync(context, HttpStatusCode.NotFound, "{}");
                return;
            }

            var reply = new ConnectorReply(
                Uri.UnescapeDataString(match.Groups["conversation"].Value),
                Uri.UnescapeDataString(match.Groups["replyTo"].Value),
                JsonNode.Parse(body)?.AsObject() ?? [],
                DateTimeOffset.Now);
            lock (replies)
            {
                replies.Add(reply);
            }

            if (held.TryGetValue(reply.ReplyToId, out var hold))
            {
                // The bot now waits for an answer that never comes: the test kills it meanwhile.
                hold.TrySetResult(reply);
                try
                {
                    await Task.Delay(Timeout.Infinite, stopping.Token);
                }
                catch (OperationCanceledException)
                {
                }
                context.Response.Abort();
                return;
            }

            await RespondAsync(context, HttpStatusCode.OK, $$"""{"id":"{{Guid.NewGuid():N}}"}""");
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The bot was killed while we answered it.
        }
    }

    private static async Task RespondAsync(HttpListenerContext context, HttpStatusCode status, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    [GeneratedRegex("^/v3/conversations/(?<conversation>[^/]+)/activities/(?<replyTo>[^/]+)$")]
    private static partial Regex ReplyPath();
}

/// <summary>One activity the bot sent to the channel, in reply to the activity <see cref="ReplyToId"/>.</summary>
public sealed partial record ConnectorReply(string ConversationId, string ReplyToId, JsonObject Activity, DateTimeOffset ReceivedAt)
{
    public string Type => (string?)Activity["type"] ?? string.Empty;

    /// <summary>The message text and the text blocks of its cards (not of the cards folded in a ShowCard), as read.</summary>
    public string Text
    {
        get
        {
            var parts = new List<string>();
            if ((string?)Activity["text"] is { Length: > 0 } text)
            {
                parts.Add(text);
            }
            foreach (var card in Cards)
            {
                if (card["body"] is JsonArray body)
                {
                    parts.AddRange(body.OfType<JsonObject>()
                        .Where(element => (string?)element["type"] == "TextBlock")
                        .Select(element => (string?)element["text"] ?? string.Empty));
                }
            }
            return Html().Replace(string.Join('\n', parts).Replace("<br>", "\n", StringComparison.Ordinal), string.Empty);
        }
    }

    /// <summary>The Adaptive Cards attached.</summary>
    public IEnumerable<JsonObject> Cards =>
        (Activity["attachments"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"] as JsonObject)
            .OfType<JsonObject>();

    /// <summary>The titles of the suggested actions (quick replies).</summary>
    public IReadOnlyList<string> SuggestedActions =>
        (Activity["suggestedActions"]?["actions"] as JsonArray ?? [])
            .Select(a => (string?)a?["title"] ?? string.Empty)
            .ToList();

    public string Summary => $"{Type}: {Text.Replace('\n', ' ')}"
        + (SuggestedActions.Count > 0 ? $" [{string.Join(" | ", SuggestedActions)}]" : string.Empty)
        + (Cards.Any() ? " (card)" : string.Empty);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Html();
}
