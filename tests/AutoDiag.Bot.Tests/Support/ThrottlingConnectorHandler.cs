using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// A Bot Connector that misbehaves as told: each attempt to post an activity takes the next answer of
/// <see cref="Script"/> (then <see cref="Otherwise"/>); every attempt is recorded with its time, and what it accepted (2xx)
/// is what the user saw.
/// </summary>
public sealed class ThrottlingConnectorHandler : HttpMessageHandler
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    /// <summary>Answers for the next attempts, in order: a status and an optional <c>Retry-After</c> in seconds.</summary>
    public ConcurrentQueue<(HttpStatusCode Status, int? RetryAfterSeconds)> Script { get; } = new();

    /// <summary>The answer once the script is played.</summary>
    public HttpStatusCode Otherwise { get; set; } = HttpStatusCode.OK;

    /// <summary>Every attempt: when (since the handler was made), what, and the status it got.</summary>
    public ConcurrentQueue<(TimeSpan At, JObject Activity, HttpStatusCode Status)> Attempts { get; } = new();

    /// <summary>What the channel accepted, in order: the user's view.</summary>
    public IReadOnlyList<string> DeliveredTexts => Attempts
        .Where(a => (int)a.Status is >= 200 and < 300)
        .Select(a => new BotReply(a.Activity.ToObject<Microsoft.Bot.Schema.Activity>()!).Text)
        .ToList();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.Contains("/v3/conversations/", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        }

        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var (status, retryAfter) = Script.TryDequeue(out var next) ? next : (Otherwise, null);
        Attempts.Enqueue((clock.Elapsed, JObject.Parse(body), status));

        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent((int)status is >= 200 and < 300 ? "{\"id\":\"sent-1\"}" : "{\"error\":{\"code\":\"Throttled\",\"message\":\"slow down\"}}"),
        };
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }
        return response;
    }
}
