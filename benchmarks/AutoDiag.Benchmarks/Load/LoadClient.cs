using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AutoDiag.Benchmarks.Load;

/// <summary>
/// The timeline of a timed run: a warm-up, then the measured window; turns that start in the window count, and
/// simulated élus stop starting turns when it ends.
/// </summary>
public sealed class LoadClock(TimeSpan warmup, TimeSpan measured)
{
    private readonly long start = Stopwatch.GetTimestamp();

    public long WindowStart { get; } = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);

    public long WindowEnd { get; } = Stopwatch.GetTimestamp() + (long)((warmup + measured).TotalSeconds * Stopwatch.Frequency);

    public TimeSpan Measured { get; } = measured;

    public bool InWindow(long timestamp) => timestamp >= WindowStart && timestamp < WindowEnd;

    public bool IsOver => Stopwatch.GetTimestamp() >= WindowEnd;

    public TimeSpan UntilWindowStart => TimeSpan.FromSeconds(Math.Max(0, (WindowStart - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency));

    public TimeSpan UntilWindowEnd => TimeSpan.FromSeconds(Math.Max(0, (WindowEnd - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency));

    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(start);
}

/// <summary>What one simulated élu (or echo user) saw; merged at the end of a run.</summary>
public sealed class TurnRecorder
{
    /// <summary>Latency in ms of each measured turn, with what kind of turn it was.</summary>
    public List<(string Kind, double Milliseconds)> Measured { get; } = [];

    public int Turns { get; set; }

    /// <summary>First contacts (« bonjour »), never in the measured turns: the warm-up of each élu.</summary>
    public int FirstContacts { get; set; }

    public int FirstContactsInWindow { get; set; }

    public int HttpErrors { get; set; }

    public int NoReply { get; set; }

    public int ErrorReplies { get; set; }

    public int NotAcknowledged { get; set; }

    public int Unrecognised { get; set; }

    public int ElusStarted { get; set; }

    public int ElusFinished { get; set; }

    public bool PoolExhausted { get; set; }

    /// <summary>« conversation|activity » of every answer the bot acknowledged, as the bot records its source.</summary>
    public List<string> AcknowledgedAnswers { get; } = [];

    public List<string> AcknowledgedRisks { get; } = [];

    public int Errors => HttpErrors + NoReply + ErrorReplies + NotAcknowledged + Unrecognised;

    public string? FirstProblem { get; set; }
}

/// <summary>
/// Simulated Teams users posting Bot Framework activities to <c>POST /api/messages</c> over the loopback, one turn at a
/// time each, with no think time: the latency of a turn is from the request sent to its response received, by which
/// time the CloudAdapter has posted every reply of the turn to the <see cref="FakeConnector"/>.
/// </summary>
public sealed class LoadClient : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient http;
    private readonly Uri messages;
    private readonly FakeConnector connector;

    public LoadClient(Uri bot, FakeConnector connector)
    {
        http = new HttpClient(new SocketsHttpHandler
        {
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            MaxConnectionsPerServer = int.MaxValue,
            UseProxy = false,
            UseCookies = false,
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        messages = new Uri(bot, "api/messages");
        this.connector = connector;
    }

    private readonly record struct Turn(long Started, long Ended, HttpStatusCode? Status, string Replies, int ReplyCount, string? Failure)
    {
        public double Milliseconds => (Ended - Started) * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>Echo users: any text, the same text back.</summary>
    public async Task<TurnRecorder> EchoUserAsync(int user, LoadClock clock)
    {
        var recorder = new TurnRecorder();
        var conversation = $"echo-conv-{user}";
        var script = new InterviewScript(user);
        var activity = 0;
        while (!clock.IsOver)
        {
            var text = script.PickDifficulty();
            var turn = await SendAsync(conversation, $"echo-user-{user}", $"m{++activity}", text);
            recorder.Turns++;
            if (Check(recorder, turn) && !turn.Replies.Contains(text, StringComparison.Ordinal))
            {
                recorder.NotAcknowledged++;
                recorder.FirstProblem ??= $"echo answered « {turn.Replies} » to « {text} »";
            }
            if (clock.InWindow(turn.Started))
            {
                recorder.Measured.Add(("echo", turn.Milliseconds));
            }
        }
        connector.Forget(conversation);
        return recorder;
    }

    /// <summary>
    /// Élus taken from <paramref name="elus"/> one after the other, each in a conversation of their own: a first contact,
    /// then the interview as <see cref="InterviewScript"/> answers it, until it ends (then the next élu) or the window does.
    /// With <paramref name="answersPerElu"/>, each élu stops after that many answers and leaves the interview open.
    /// </summary>
    public async Task<TurnRecorder> ElusAsync(ConcurrentQueue<int> elus, LoadClock? clock, int? answersPerElu = null)
    {
        var recorder = new TurnRecorder();
        while (clock is null || !clock.IsOver)
        {
            if (!elus.TryDequeue(out var elu))
            {
                recorder.PoolExhausted = clock is not null;
                break;
            }
            await InterviewAsync(elu, clock, answersPerElu, recorder);
        }
        return recorder;
    }

    private async Task InterviewAsync(int elu, LoadClock? clock, int? answersPerElu, TurnRecorder recorder)
    {
        var conversation = $"load-conv-{elu}";
        var user = $"load-elu-{elu}";
        var script = new InterviewScript(elu);
        var activity = 0;
        recorder.ElusStarted++;

        var first = await SendAsync(conversation, user, $"m{++activity}", InterviewScript.FirstContact);
        recorder.Turns++;
        recorder.FirstContacts++;
        if (clock?.InWindow(first.Started) == true)
        {
            recorder.FirstContactsInWindow++;
        }
        Check(recorder, first);
        if (clock is null)
        {
            recorder.Measured.Add(("first contact", first.Milliseconds));
        }

        var replies = first.Replies;
        var answers = 0;
        var lost = 0;
        while (clock is null || !clock.IsOver)
        {
            if (InterviewScript.IsFinished(replies))
            {
                recorder.ElusFinished++;
                break;
            }
            if (answersPerElu is int limit && answers >= limit)
            {
                break;
            }

            var next = script.Answer(replies);
            if (next is null)
            {
                recorder.Unrecognised++;
                recorder.FirstProblem ??= $"no question recognised in « {replies} »";
                if (++lost == 3)
                {
                    break;
                }
            }
            var (text, expectation) = next is { } said ? (said.Text, (Expectation?)said.Expectation) : ("reprendre", null);
            var activityId = $"m{++activity}";
            var turn = await SendAsync(conversation, user, activityId, text);
            recorder.Turns++;
            answers++;
            if (Check(recorder, turn) && expectation is { } expected)
            {
                if (!InterviewScript.IsAcknowledged(turn.Replies, expected))
                {
                    recorder.NotAcknowledged++;
                    recorder.FirstProblem ??= $"« {text} » was answered « {turn.Replies} »";
                }
                else if (expected == Expectation.Answer)
                {
                    recorder.AcknowledgedAnswers.Add($"{conversation}|{activityId}");
                }
                else if (expected == Expectation.Risk)
                {
                    recorder.AcknowledgedRisks.Add($"{conversation}|{activityId}");
                }
            }
            if (clock is null || clock.InWindow(turn.Started))
            {
                recorder.Measured.Add((KindOf(text, expectation, turn.Replies), turn.Milliseconds));
            }
            replies = turn.Replies;
        }
        connector.Forget(conversation);
    }

    /// <summary>What the turn did in the bot, for the breakdown of latencies.</summary>
    private static string KindOf(string text, Expectation? expectation, string replies)
    {
        if (InterviewScript.IsFinished(replies))
        {
            return "last answer (recap, pistes)";
        }
        if (replies.Contains(" : c'est terminé.", StringComparison.Ordinal))
        {
            return "end of a commune (recap)";
        }
        return expectation switch
        {
            Expectation.Answer when text == InterviewScript.NothingToReport => "« Rien à signaler »",
            Expectation.Answer => "free-text answer (categorised)",
            Expectation.Risk => "risk level",
            Expectation.SectionDone => "« J'ai terminé »",
            _ => "other",
        };
    }

    /// <summary>Counts what went wrong in a turn; true when it got replies to read.</summary>
    private static bool Check(TurnRecorder recorder, Turn turn)
    {
        if (turn.Failure is not null || turn.Status is not { } status || (int)status >= 300)
        {
            recorder.HttpErrors++;
            recorder.FirstProblem ??= turn.Failure ?? $"HTTP {(int?)turn.Status}";
            return false;
        }
        if (turn.ReplyCount == 0)
        {
            recorder.NoReply++;
            recorder.FirstProblem ??= "a turn without a reply";
            return false;
        }
        if (InterviewScript.IsError(turn.Replies))
        {
            recorder.ErrorReplies++;
            recorder.FirstProblem ??= $"error reply « {turn.Replies} »";
            return false;
        }
        return true;
    }

    private async Task<Turn> SendAsync(string conversation, string user, string activityId, string text)
    {
        var inbox = connector.Expect(conversation, activityId);
        using var content = new ByteArrayContent(MessageJson(connector.ServiceUrl, conversation, user, activityId, text));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(messages, content);
            await response.Content.LoadIntoBufferAsync();
            var ended = Stopwatch.GetTimestamp();
            var replies = inbox.Take();
            // The bot writes French typography (a no-break space before « : », inside « »): plain spaces for the checks.
            var said = string.Join('\n', replies).Replace('\u00A0', ' ').Replace('\u202F', ' ');
            return new Turn(started, ended, response.StatusCode, said, replies.Count, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var ended = Stopwatch.GetTimestamp();
            inbox.Take();
            return new Turn(started, ended, null, string.Empty, 0, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>A Teams personal-chat message as the channel posts it.</summary>
    private static byte[] MessageJson(Uri serviceUrl, string conversation, string user, string activityId, string text)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", activityId);
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("channelId", "msteams");
            json.WriteString("serviceUrl", serviceUrl.ToString());
            json.WriteStartObject("from");
            json.WriteString("id", $"29:{user}");
            json.WriteString("name", "Élu de charge");
            json.WriteString("aadObjectId", user);
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversation);
            json.WriteString("conversationType", "personal");
            json.WriteString("tenantId", "load-tenant");
            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "28:autodiag");
            json.WriteString("name", "AutoDiag social");
            json.WriteEndObject();
            json.WriteString("textFormat", "plain");
            json.WriteString("text", text);
            json.WriteString("locale", "fr-FR");
            json.WriteStartObject("channelData");
            json.WriteStartObject("tenant");
            json.WriteString("id", "load-tenant");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public void Dispose() => http.Dispose();
}
