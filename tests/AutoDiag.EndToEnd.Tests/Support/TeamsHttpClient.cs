using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// A Teams user in a personal chat with the bot, over plain HTTP: activities posted to the bot's
/// <c>/api/messages</c> as the Teams channel posts them (unauthenticated: the bot runs without an app id), with
/// <see cref="FakeTeamsConnector"/> as their <c>serviceUrl</c>. Every activity sent is kept by id, so that it can
/// be delivered again as the channel does when it did not get the bot's answer.
/// </summary>
public sealed class TeamsHttpClient(FakeTeamsConnector connector, string userId, string aadObjectId, string userName) : IDisposable
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(20);

    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly Dictionary<string, JsonObject> sent = [];
    private int counter;

    /// <summary>The bot's <c>/api/messages</c>; changes with every bot process.</summary>
    public string BotEndpoint { get; set; } = string.Empty;

    /// <summary>The personal chat's id: Teams keeps it for a user and a bot, a new one is a new chat.</summary>
    public string ConversationId { get; set; } = "a:1crash-safety-personal-chat";

    public string NextActivityId() => $"crash-{++counter:000}-{Guid.NewGuid():N}"[..24];

    /// <summary>A message (typed text or a card's submit), as Teams sends it.</summary>
    public JsonObject Message(string? text, JsonObject? value = null, string? id = null)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id ?? NextActivityId(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["aadObjectId"] = aadObjectId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "crash-tenant" },
            ["recipient"] = new JsonObject { ["id"] = "28:autodiag-bot", ["name"] = "AutoDiag social" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "crash-tenant" } },
            ["locale"] = "fr-FR",
            ["textFormat"] = "plain",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }
        if (value is not null)
        {
            activity["value"] = value;
        }
        return activity;
    }

    /// <summary>Posts a message and waits until the replies to it match <paramref name="until"/> (all the replies of the turn).</summary>
    public Task<Turn> SayAsync(string text, string until) => SendAsync(Message(text), until);

    /// <summary>A card's Action.Submit: no text, the inputs and the action's data as the value.</summary>
    public Task<Turn> SubmitAsync(JsonObject value, string until) => SendAsync(Message(null, value), until);

    public async Task<Turn> SendAsync(JsonObject activity, string until)
    {
        var id = (string)activity["id"]!;
        var watch = Stopwatch.StartNew();
        using var response = await PostAsync(activity);
        var posted = watch.Elapsed;
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"POST of « {Describe(activity)} » ({id}) answered {(int)response.StatusCode}: {body}\n{connector.Transcript()}");
        }

        var expected = new Regex(until, RegexOptions.Singleline | RegexOptions.IgnoreCase);
        while (true)
        {
            var replies = connector.RepliesTo(id);
            var turn = new Turn(id, replies, posted);
            if (expected.IsMatch(turn.Text))
            {
                return turn;
            }
            if (watch.Elapsed > ReplyTimeout)
            {
                throw new TimeoutException(
                    $"« {Describe(activity)} » ({id}): no reply matching /{until}/ within {ReplyTimeout.TotalSeconds} s; replies to it:\n" +
                    (replies.Count == 0 ? "  (none)" : string.Join('\n', replies.Select(r => $"  {r.Summary}"))) +
                    $"\nLast replies of the conversation:\n{connector.Transcript()}");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>The same activity again (same id, same content), as the channel redelivers it.</summary>
    public async Task<IReadOnlyList<ConnectorReply>> RedeliverAsync(string activityId, TimeSpan quietFor)
    {
        var before = connector.RepliesTo(activityId).Count;
        using var response = await PostAsync(sent[activityId]);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Redelivery of {activityId} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        await Task.Delay(quietFor);
        return connector.RepliesTo(activityId).Skip(before).ToList();
    }

    /// <summary>Posts without waiting for anything (the caller may kill the bot meanwhile).</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        sent[(string)activity["id"]!] = activity;
        var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        return await http.PostAsync(BotEndpoint, content);
    }

    public void Dispose() => http.Dispose();

    private static string Describe(JsonObject activity) =>
        (string?)activity["text"] ?? activity["value"]?.ToJsonString() ?? "(empty)";
}

/// <summary>The replies to one activity, and how long the bot took to answer its POST.</summary>
public sealed record Turn(string ActivityId, IReadOnlyList<ConnectorReply> Replies, TimeSpan Duration)
{
    public string Text => string.Join('\n', Replies.Select(r => r.Text));

    /// <summary>The last Adaptive Card of the turn (a question asked as a card), if any.</summary>
    public System.Text.Json.Nodes.JsonObject? LastCard => Replies.SelectMany(r => r.Cards).LastOrDefault();
}
