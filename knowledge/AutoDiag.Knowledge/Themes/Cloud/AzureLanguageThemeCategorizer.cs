using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Themes.Cloud;

/// <summary>
/// Finds the themes of a text with an Azure AI Language custom multi-label text classification project whose classes
/// are the theme ids of the catalog, through the documented REST API (no SDK): <c>POST
/// {endpoint}/language/analyze-text/jobs</c>, then <c>GET</c> the job named by the <c>operation-location</c> header
/// until it ends. Every failure throws (<see cref="AzureLanguageException"/>, <see cref="TimeoutException"/>,
/// <see cref="HttpRequestException"/>): wrap it in a <see cref="FallbackThemeCategorizer"/>.
/// </summary>
/// <remarks>
/// The text is sent to Azure and nowhere else, with <c>loggingOptOut</c> so that the service keeps no copy for
/// troubleshooting; it is never logged nor put in an exception. Build this class only when
/// <see cref="AzureLanguageOptions.IsConfigured"/> is true. The service gives no evidence (<see cref="ThemeScore.Evidence"/>
/// is empty) and cannot tell an answer that reports no difficulty (<see cref="ThemeCategorization.ReportsNoDifficulty"/>
/// is false).
/// </remarks>
public sealed class AzureLanguageThemeCategorizer : IThemeCategorizer
{
    /// <summary>The interviews are in French.</summary>
    internal const string DocumentLanguage = "fr";

    /// <summary>The service's limit for the documents of one request (custom text classification service limits).</summary>
    internal const int MaxTextLength = 125_000;

    private const string DocumentId = "1";
    private const string TaskKind = "CustomMultiLabelClassification";
    private const string TaskName = "themes";
    private const string JobDisplayName = "AutoDiag themes";
    private const string SubscriptionKeyHeader = "Ocp-Apim-Subscription-Key";
    private const string OperationLocationHeader = "Operation-Location";
    private const string ErrorCodeHeader = "x-ms-error-code";

    // After this many 429 answers in one call, give up even if time is left.
    private const int MaxThrottledRetries = 3;

    private readonly HttpClient _http;
    private readonly ILogger<AzureLanguageThemeCategorizer> _logger;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _catalogOrder;

    // Copied from the options at construction: a later change of the (mutable) options object changes nothing.
    private readonly Uri _baseUri;
    private readonly Uri _submitUri;
    private readonly string _apiKey;
    private readonly string _apiVersion;
    private readonly string _projectName;
    private readonly string _deploymentName;
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _pollInterval;
    private readonly double _minimumConfidence;

    /// <param name="httpClient">Sends the requests; its own <see cref="HttpClient.Timeout"/> should not be shorter than the options' one.</param>
    /// <param name="options">Checked here, then copied.</param>
    /// <param name="catalog">Classes that are not a theme id of this catalog are ignored.</param>
    /// <param name="logger">Never receives the text.</param>
    /// <param name="timeProvider">Measures the time budget and the waits.</param>
    /// <exception cref="ArgumentException">The options are incomplete (<see cref="AzureLanguageOptions.IsConfigured"/>) or invalid.</exception>
    public AzureLanguageThemeCategorizer(
        HttpClient httpClient,
        AzureLanguageOptions options,
        ThemeCatalog catalog,
        ILogger<AzureLanguageThemeCategorizer> logger,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate(nameof(options));
        if (!AzureLanguageOptions.TryGetBaseUri(options.Endpoint, out var baseUri, out var problem))
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _http = httpClient;
        _logger = logger;
        _time = timeProvider;
        _catalogOrder = catalog.All
            .Select((theme, index) => (theme.Id, index))
            .ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        _baseUri = baseUri;
        _apiKey = options.ApiKey!.Trim();
        _apiVersion = options.ApiVersion.Trim();
        _projectName = options.ProjectName!.Trim();
        _deploymentName = options.DeploymentName!.Trim();
        _timeout = options.Timeout;
        _pollInterval = options.PollInterval;
        _minimumConfidence = options.MinimumConfidence;
        _submitUri = new Uri(_baseUri, "language/analyze-text/jobs?api-version=" + Uri.EscapeDataString(_apiVersion));
    }

    /// <summary>
    /// Blocks on <see cref="CategorizeAsync"/>, because <see cref="IThemeCategorizer"/> is synchronous. The wait is
    /// bounded by <see cref="AzureLanguageOptions.Timeout"/>, and cannot deadlock: every await below uses
    /// <c>ConfigureAwait(false)</c>, so no continuation needs the caller's thread (ASP.NET Core has no synchronization
    /// context anyway). It does hold a thread-pool thread for up to that time: callers that can await should call
    /// <see cref="CategorizeAsync"/>.
    /// </summary>
    public ThemeCategorization Categorize(string text) =>
        CategorizeAsync(text, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Submits the text, polls the job until it ends, and keeps the confident classes that are theme ids.</summary>
    /// <returns>Themes by decreasing confidence, ties in catalog order; empty for a blank text (nothing is sent).</returns>
    /// <exception cref="AzureLanguageException">The service answered with an error, or with an unreadable answer.</exception>
    /// <exception cref="TimeoutException">No result within <see cref="AzureLanguageOptions.Timeout"/>.</exception>
    /// <exception cref="HttpRequestException">The service could not be reached.</exception>
    /// <exception cref="ArgumentException">The text is longer than the service accepts.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ThemeCategorization> CategorizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ThemeCategorization(Themes: [], ReportsNoDifficulty: false);
        }

        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException(
                $"The text has {text.Length} characters; Azure AI Language takes at most {MaxTextLength}.", nameof(text));
        }

        var started = _time.GetTimestamp();
        using var budget = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            var jobUri = await SubmitAsync(text, started, linked.Token).ConfigureAwait(false);
            var job = await WaitForEndAsync(jobUri, started, linked.Token).ConfigureAwait(false);
            return ToCategorization(job);
        }
        catch (OperationCanceledException exception)
            when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Azure AI Language gave no result within {_timeout.TotalMilliseconds:0} ms.", exception);
        }
    }

    private async Task<Uri> SubmitAsync(string text, long started, CancellationToken cancellationToken)
    {
        var input = new AnalyzeTextJobInput(
            JobDisplayName,
            new MultiLanguageAnalysisInput([new TextDocumentInput(DocumentId, DocumentLanguage, text)]),
            [
                new CustomMultiLabelClassificationTask(
                    TaskKind,
                    TaskName,
                    new CustomMultiLabelClassificationParameters(_projectName, _deploymentName, LoggingOptOut: true)),
            ]);
        var body = JsonSerializer.SerializeToUtf8Bytes(input, AzureLanguageJson.Options);
        using var response = await SendAsync(HttpMethod.Post, _submitUri, body, started, cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return JobUri(response);
    }

    private async Task<AnalyzeTextJobState> WaitForEndAsync(Uri jobUri, long started, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(_pollInterval, _time, cancellationToken).ConfigureAwait(false);
            using var response = await SendAsync(HttpMethod.Get, jobUri, body: null, started, cancellationToken)
                .ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
            }

            var job = await ReadAsync<AnalyzeTextJobState>(response, cancellationToken).ConfigureAwait(false);
            // The documented states are camel-case; compared without case all the same.
            switch (job.Status?.ToLowerInvariant())
            {
                case "succeeded":
                    return job;
                case "failed" or "cancelled" or "partiallycompleted":
                    throw JobError(job);
                default:
                    // notStarted, running, cancelling: poll again, within the time budget.
                    continue;
            }
        }
    }

    /// <summary>Sends a request; on 429, waits as Retry-After asks and sends it again, if the time budget allows.</summary>
    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, Uri uri, byte[]? body, long started, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            using var request = new HttpRequestMessage(method, uri);
            request.Headers.Add(SubscriptionKeyHeader, _apiKey);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken)
                .ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var delay = RetryDelay(response);
            var remaining = _timeout - _time.GetElapsedTime(started);
            if (retry >= MaxThrottledRetries || delay >= remaining)
            {
                // Waiting would outlast the budget: fail now, so that the fallback answers at once.
                using (response)
                {
                    throw await ErrorAsync(response, cancellationToken).ConfigureAwait(false);
                }
            }

            response.Dispose();
            _logger.LogInformation(
                "Azure AI Language is throttling requests (429); sending again in {DelayMs} ms as Retry-After asks.",
                delay.TotalMilliseconds);
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Retry-After as a number of seconds or as a date; the poll interval when absent.</summary>
    private TimeSpan RetryDelay(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter;
        var delay = retryAfter?.Delta
            ?? (retryAfter?.Date is { } date ? date - _time.GetUtcNow() : _pollInterval);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    /// <summary>The job to poll, from the operation-location header of the 202 answer.</summary>
    private Uri JobUri(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues(OperationLocationHeader, out var values)
            || values.FirstOrDefault() is not { } value
            || !Uri.TryCreate(_baseUri, value.Trim(), out var location))
        {
            throw new AzureLanguageException(
                "Azure AI Language accepted the job without a usable operation-location header.",
                response.StatusCode,
                errorCode: null);
        }

        // The key goes with every poll: only ever to the resource it belongs to.
        if (Uri.Compare(location, _baseUri, UriComponents.SchemeAndServer, UriFormat.Unescaped,
                StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new AzureLanguageException(
                $"Azure AI Language named a job on another server ({location.GetLeftPart(UriPartial.Authority)}); "
                + "not followed, so that the key is not sent there.",
                response.StatusCode,
                errorCode: null);
        }

        if (location.Query.Contains("api-version=", StringComparison.OrdinalIgnoreCase))
        {
            return location;
        }

        var query = location.Query.TrimStart('?');
        return new UriBuilder(location)
        {
            Query = (query.Length == 0 ? string.Empty : query + "&") + "api-version=" + Uri.EscapeDataString(_apiVersion),
        }.Uri;
    }

    private ThemeCategorization ToCategorization(AnalyzeTextJobState job)
    {
        var task = job.Tasks?.Items?.FirstOrDefault()
            ?? throw Unreadable("the job succeeded without a task result");
        if (!string.Equals(task.Status, "succeeded", StringComparison.OrdinalIgnoreCase))
        {
            throw JobError(job);
        }

        var results = task.Results ?? throw Unreadable("the task succeeded without results");
        if (results.Errors?.FirstOrDefault() is { } documentError)
        {
            var error = documentError.Error;
            throw new AzureLanguageException(
                $"Azure AI Language could not classify the document: {Describe(error?.Code, error?.Message)}.",
                statusCode: null,
                error?.Code);
        }

        var document = results.Documents?.FirstOrDefault(result => result.Id == DocumentId)
            ?? throw Unreadable("the task succeeded without the document's result");
        var confidences = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var prediction in document.Classes ?? [])
        {
            if (prediction.Category is not { } category || prediction.ConfidenceScore < _minimumConfidence)
            {
                continue;
            }

            if (!_catalogOrder.ContainsKey(category))
            {
                // The project's classes should be exactly the theme ids: this one is a mistake of the project.
                _logger.LogWarning(
                    "Azure AI Language class {Category} is not a theme id of the catalog; ignored.", category);
                continue;
            }

            var confidence = Math.Clamp(prediction.ConfidenceScore, 0, 1);
            confidences[category] = confidences.TryGetValue(category, out var seen) ? Math.Max(seen, confidence) : confidence;
        }

        var themes = confidences
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => _catalogOrder[pair.Key])
            .Select(pair => new ThemeScore(pair.Key, pair.Value, Array.Empty<string>()))
            .ToList();
        return new ThemeCategorization(Themes: themes, ReportsNoDifficulty: false);
    }

    private static AzureLanguageException JobError(AnalyzeTextJobState job)
    {
        var error = job.Errors?.FirstOrDefault();
        var status = job.Status ?? "unknown";
        return new AzureLanguageException(
            $"The Azure AI Language job ended « {status} »: {Describe(error?.Code, error?.Message)}.",
            statusCode: null,
            error?.Code ?? status);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, AzureLanguageJson.Options)
                ?? throw Unreadable("the answer is empty");
        }
        catch (JsonException exception)
        {
            throw new AzureLanguageException(
                "Azure AI Language answered with JSON of an unexpected shape.", response.StatusCode, null, exception);
        }
    }

    /// <summary>An error answer: <c>{ "error": { "code", "message" } }</c>, or the x-ms-error-code header.</summary>
    private static async Task<AzureLanguageException> ErrorAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ServiceError? error = null;
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length > 0)
        {
            try
            {
                error = JsonSerializer.Deserialize<ErrorResponse>(bytes, AzureLanguageJson.Options)?.Error;
            }
            catch (JsonException)
            {
                // Not the documented shape (a gateway's HTML page…): the status says enough.
            }
        }

        var code = error?.Code
            ?? (response.Headers.TryGetValues(ErrorCodeHeader, out var codes) ? codes.FirstOrDefault() : null);
        var status = (int)response.StatusCode;
        return new AzureLanguageException(
            string.Create(CultureInfo.InvariantCulture,
                $"Azure AI Language answered {status} {response.ReasonPhrase}: {Describe(code, error?.Message)}."),
            response.StatusCode,
            code);
    }

    private static string Describe(string? code, string? message) =>
        (code, message) switch
        {
            (null, null) => "no error details",
            (_, null) => code,
            (null, _) => message,
            _ => $"{code} — {message}",
        };

    private static AzureLanguageException Unreadable(string what) =>
        new($"Azure AI Language answered something this code cannot use: {what}.", statusCode: null, errorCode: null);
}
