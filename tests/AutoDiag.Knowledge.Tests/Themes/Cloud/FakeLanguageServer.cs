using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

/// <summary>A request the fake server received, copied before it answered.</summary>
public sealed record ReceivedRequest(
    string Method,
    string Path,
    NameValueCollection Query,
    NameValueCollection Headers,
    string Body,
    TimeSpan At);

/// <summary>An answer of the fake server; <see cref="Never"/> holds the request open until the server stops.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static readonly FakeResponse Never = new(-1);

    public bool NeverAnswers => Status < 0;

    public static FakeResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, headers);
}

/// <summary>
/// A real HTTP server on 127.0.0.1 and a free port (<see cref="HttpListener"/>), answering each request with the
/// next scripted response, in order. Unscripted requests get a 599 so that the test fails visibly.
/// </summary>
public sealed class FakeLanguageServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly ConcurrentBag<Task> _handlers = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private readonly Task _loop;

    private FakeLanguageServer(HttpListener listener, Uri baseUri)
    {
        _listener = listener;
        BaseUri = baseUri;
        _loop = Task.Run(AcceptAsync);
    }

    /// <summary>The server's root, « http://127.0.0.1:port/ »: the Endpoint to configure.</summary>
    public Uri BaseUri { get; }

    public IReadOnlyList<ReceivedRequest> Requests => _received.ToList();

    public static FakeLanguageServer Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            var prefix = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new FakeLanguageServer(listener, new Uri(prefix));
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // Another process took the port between FreePort and Start: try another.
                listener.Close();
            }
        }
    }

    public FakeLanguageServer Then(params FakeResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }

        return this;
    }

    /// <summary>The documented 202 answer to a submission, naming a job on this server.</summary>
    public FakeResponse Accepted(string jobId) =>
        new(202, Headers: new Dictionary<string, string>
        {
            ["operation-location"] = JobUri(jobId).AbsoluteUri,
        });

    public Uri JobUri(string jobId) => new(BaseUri, $"language/analyze-text/jobs/{jobId}?api-version=2023-04-01");

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Close();
        await _loop;
        await Task.WhenAll(_handlers);
        _stopping.Dispose();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _handlers.Add(Task.Run(() => AnswerAsync(context)));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        _received.Enqueue(new ReceivedRequest(
            request.HttpMethod,
            request.Url!.AbsolutePath,
            new NameValueCollection(request.QueryString),
            new NameValueCollection(request.Headers),
            body,
            TimeProvider.System.GetElapsedTime(_started)));

        var response = context.Response;
        try
        {
            var scripted = _script.TryDequeue(out var next)
                ? next
                : FakeResponse.Json(599, """{"error":{"code":"Unscripted","message":"no response scripted"}}""");
            if (scripted.NeverAnswers)
            {
                await Task.Delay(Timeout.Infinite, _stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                response.Abort();
                return;
            }

            response.StatusCode = scripted.Status;
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                response.AddHeader(name, value);
            }

            var bytes = Encoding.UTF8.GetBytes(scripted.Body ?? string.Empty);
            if (scripted.Body is not null)
            {
                response.ContentType = "application/json; charset=utf-8";
            }

            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
        catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The client went away (it timed out): nothing to answer.
        }
    }
}
