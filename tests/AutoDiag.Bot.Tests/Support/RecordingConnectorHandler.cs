using System.Collections.Concurrent;
using System.Net;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>Stands in for the Bot Connector: records every activity the bot posts to the channel and answers 200.</summary>
public sealed class RecordingConnectorHandler : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Uri, JObject Activity)> Sent { get; } = new();

    /// <summary>What the user reads in each message sent: its text and its cards' text.</summary>
    public IReadOnlyList<string> SentTexts => Sent.Select(s => new BotReply(s.Activity.ToObject<Activity>()!).Text).ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.Contains("/v3/conversations/", StringComparison.Ordinal))
        {
            Sent.Enqueue((request.RequestUri, JObject.Parse(body)));
        }
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"sent-1\"}") };
    }
}
