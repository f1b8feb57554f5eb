using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;
using Microsoft.Extensions.Logging;
using Moq;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

/// <summary>
/// The cloud categoriser behind the fallback, against a real HTTP server on 127.0.0.1 answering with the documented
/// shapes of Azure AI Language, and a mocked local categoriser.
/// </summary>
public sealed class AzureLanguageThemeCategorizerTests : IAsyncLifetime
{
    private const string Text = "Les jeunes de Merville n'ont plus de bus pour aller au lycée à Hazebrouck";
    private const string Key = "0123456789abcdef-test-key";
    private const string JobPath = "/language/analyze-text/jobs/job-1";

    private static readonly ThemeCatalog Catalog = ThemeCatalog.LoadDefault();

    private static readonly ThemeCategorization LocalResult = new(
        Themes: [new ThemeScore("jeunesse", 0.75, ["jeunes"]), new ThemeScore("mobilite", 0.5, ["bus"])],
        ReportsNoDifficulty: true);

    private readonly FakeLanguageServer _server = FakeLanguageServer.Start();
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false });
    private readonly ListLogger<AzureLanguageThemeCategorizer> _cloudLog = new();
    private readonly ListLogger<FallbackThemeCategorizer> _fallbackLog = new();
    private readonly Mock<IThemeCategorizer> _local = new(MockBehavior.Strict);

    public AzureLanguageThemeCategorizerTests()
    {
        _local.Setup(local => local.Categorize(Text)).Returns(LocalResult);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public void Success_SendsTheDocumentedRequest_AndKeepsTheConfidentThemes()
    {
        _server.Then(
            _server.Accepted("job-1"),
            FakeResponse.Json(200, LanguageServiceJson.Succeeded(("logement", 0.92), ("mobilite", 0.31))));

        var result = Categorizer().Categorize(Text);

        Assert.Equal(2, _server.Requests.Count);
        var submit = _server.Requests[0];
        Assert.Equal("POST", submit.Method);
        Assert.Equal("/language/analyze-text/jobs", submit.Path);
        Assert.Equal("2023-04-01", submit.Query["api-version"]);
        Assert.Equal(Key, submit.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.StartsWith("application/json", submit.Headers["Content-Type"]);
        using (var body = JsonDocument.Parse(submit.Body))
        {
            var document = Assert.Single(
                body.RootElement.GetProperty("analysisInput").GetProperty("documents").EnumerateArray());
            Assert.Equal("1", document.GetProperty("id").GetString());
            Assert.Equal(Text, document.GetProperty("text").GetString());
            Assert.Equal("fr", document.GetProperty("language").GetString());
            var task = Assert.Single(body.RootElement.GetProperty("tasks").EnumerateArray());
            Assert.Equal("CustomMultiLabelClassification", task.GetProperty("kind").GetString());
            var parameters = task.GetProperty("parameters");
            Assert.Equal("autodiag-themes", parameters.GetProperty("projectName").GetString());
            Assert.Equal("production", parameters.GetProperty("deploymentName").GetString());
            Assert.True(parameters.GetProperty("loggingOptOut").GetBoolean());
        }

        var poll = _server.Requests[1];
        Assert.Equal("GET", poll.Method);
        Assert.Equal(JobPath, poll.Path);
        Assert.Equal("2023-04-01", poll.Query["api-version"]);
        Assert.Equal(Key, poll.Headers["Ocp-Apim-Subscription-Key"]);
        Assert.Equal(string.Empty, poll.Body);

        var theme = Assert.Single(result.Themes);
        Assert.Equal("logement", theme.ThemeId);
        Assert.Equal(0.92, theme.Confidence);
        Assert.Empty(theme.Evidence);
        // The cloud's themes only; « no difficulty » from the local categoriser, which alone can tell it.
        Assert.True(result.ReportsNoDifficulty);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        Assert.DoesNotContain(_fallbackLog.Entries, entry => entry.Level >= LogLevel.Warning);
        AssertTextNeverLogged();
    }

    [Fact]
    public void RunningJob_IsPolledUntilItSucceeds()
    {
        _server.Then(
            _server.Accepted("job-1"),
            FakeResponse.Json(200, LanguageServiceJson.Running()),
            FakeResponse.Json(200, LanguageServiceJson.Running()),
            FakeResponse.Json(200, LanguageServiceJson.Succeeded(("jeunesse", 0.81), ("mobilite", 0.9))));

        var result = Categorizer().Categorize(Text);

        Assert.Equal(["POST", "GET", "GET", "GET"], _server.Requests.Select(request => request.Method));
        Assert.All(_server.Requests.Skip(1), poll => Assert.Equal(JobPath, poll.Path));
        Assert.Equal(["mobilite", "jeunesse"], result.Themes.Select(theme => theme.ThemeId));
        Assert.Equal([0.9, 0.81], result.Themes.Select(theme => theme.Confidence));
        _local.Verify(local => local.Categorize(Text), Times.Once);
    }

    [Fact]
    public void FailedJob_TheLocalResultIsUsed()
    {
        _server.Then(_server.Accepted("job-1"), FakeResponse.Json(200, LanguageServiceJson.Failed()));

        var result = Categorizer().Categorize(Text);

        Assert.Same(LocalResult, result);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        var warning = Assert.Single(_fallbackLog.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("InvalidArgument", warning.Message);
        AssertTextNeverLogged();
    }

    [Fact]
    public async Task FailedJob_ThrowsTheServiceError()
    {
        _server.Then(_server.Accepted("job-1"), FakeResponse.Json(200, LanguageServiceJson.Failed()));

        var error = await Assert.ThrowsAsync<AzureLanguageException>(() => Cloud().CategorizeAsync(Text));

        Assert.Equal("InvalidArgument", error.ErrorCode);
        Assert.Contains("Deployment not found", error.Message);
        Assert.DoesNotContain(Text, error.ToString());
    }

    [Fact]
    public async Task Unauthorized_TheLocalResultIsUsed_WithoutPolling()
    {
        _server.Then(FakeResponse.Json(401, LanguageServiceJson.Error(
            "401",
            "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key "
            + "for an active subscription and use a correct regional API endpoint for your resource.")));

        var result = Categorizer().Categorize(Text);

        Assert.Same(LocalResult, result);
        Assert.Single(_server.Requests);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        Assert.Contains("HTTP 401", Assert.Single(_fallbackLog.Entries).Message);
        AssertTextNeverLogged();

        _server.Then(FakeResponse.Json(401, LanguageServiceJson.Error("401", "Access denied.")));
        var error = await Assert.ThrowsAsync<AzureLanguageException>(() => Cloud().CategorizeAsync(Text));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("401", error.ErrorCode);
    }

    [Fact]
    public void Throttled_WaitsForRetryAfter_ThenSucceeds()
    {
        _server.Then(
            FakeResponse.Json(
                429,
                LanguageServiceJson.Error("TooManyRequests", "Rate limit is exceeded. Try again in 1 seconds."),
                new Dictionary<string, string> { ["Retry-After"] = "1" }),
            _server.Accepted("job-1"),
            FakeResponse.Json(200, LanguageServiceJson.Succeeded(("sante", 0.77))));

        // The 1 s Retry-After fits the default 3 s, but not always on a machine busy with the other tests: room to spare.
        var result = Categorizer(TimeSpan.FromSeconds(15)).Categorize(Text);

        Assert.Equal(["POST", "POST", "GET"], _server.Requests.Select(request => request.Method));
        var waited = _server.Requests[1].At - _server.Requests[0].At;
        // At least the second asked for; the upper bound only catches a wait far beyond it, on a busy machine.
        Assert.InRange(waited, TimeSpan.FromMilliseconds(950), TimeSpan.FromSeconds(6));
        Assert.Equal("sante", Assert.Single(result.Themes).ThemeId);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        Assert.DoesNotContain(_fallbackLog.Entries, entry => entry.Level >= LogLevel.Warning);
    }

    [Fact]
    public void Throttled_BeyondTheTimeout_GivesUpAtOnce()
    {
        _server.Then(FakeResponse.Json(
            429,
            LanguageServiceJson.Error("TooManyRequests", "Rate limit is exceeded. Try again in 30 seconds."),
            new Dictionary<string, string> { ["Retry-After"] = "30" }));
        var clock = Stopwatch.StartNew();

        // A 30 s Retry-After beyond a 20 s timeout: given up at once, not after 20 or 30 s — with room for a machine
        // busy with the other test projects (it once took 1.5 s there).
        var result = Categorizer(TimeSpan.FromSeconds(20)).Categorize(Text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Same(LocalResult, result);
        Assert.Single(_server.Requests);
        Assert.Contains("HTTP 429", Assert.Single(_fallbackLog.Entries).Message);
    }

    [Fact]
    public void ServerError_TheLocalResultIsUsed_WithoutRetry()
    {
        _server.Then(FakeResponse.Json(500, LanguageServiceJson.Error("InternalServerError", "Internal server error.")));

        var result = Categorizer().Categorize(Text);

        Assert.Same(LocalResult, result);
        Assert.Single(_server.Requests);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        Assert.Contains("HTTP 500, InternalServerError", Assert.Single(_fallbackLog.Entries).Message);
        AssertTextNeverLogged();
    }

    [Fact]
    public void SilentServer_TimesOut_AndTheLocalResultIsUsed()
    {
        _server.Then(FakeResponse.Never);
        var clock = Stopwatch.StartNew();

        var result = Categorizer(timeout: TimeSpan.FromMilliseconds(500)).Categorize(Text);

        // Not before the timeout, and far from HttpClient's 100 s: room for a machine busy with the other test projects.
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(450), TimeSpan.FromSeconds(10));
        Assert.Same(LocalResult, result);
        _local.Verify(local => local.Categorize(Text), Times.Once);
        var warning = Assert.Single(_fallbackLog.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("timeout", warning.Message);
        Assert.IsType<TimeoutException>(warning.Exception);
        AssertTextNeverLogged();
    }

    [Fact]
    public async Task SilentServer_CancelledByTheCaller_IsACancellationNotATimeout()
    {
        _server.Then(FakeResponse.Never);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Cloud(timeout: TimeSpan.FromSeconds(3)).CategorizeAsync(Text, cancellation.Token));
    }

    [Fact]
    public async Task JobOnAnotherServer_IsNotPolled_SoTheKeyStaysHome()
    {
        await using var elsewhere = FakeLanguageServer.Start();
        _server.Then(elsewhere.Accepted("job-1"));

        var result = Categorizer().Categorize(Text);

        Assert.Same(LocalResult, result);
        Assert.Empty(elsewhere.Requests);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void DocumentError_TheLocalResultIsUsed()
    {
        _server.Then(_server.Accepted("job-1"), FakeResponse.Json(200, LanguageServiceJson.SucceededWithDocumentError()));

        var result = Categorizer().Categorize(Text);

        Assert.Same(LocalResult, result);
        Assert.Contains("InvalidArgument", Assert.Single(_fallbackLog.Entries).Message);
    }

    [Fact]
    public async Task UnknownClasses_AreIgnored_AndTiesKeepCatalogOrder()
    {
        _server.Then(
            _server.Accepted("job-1"),
            FakeResponse.Json(200, LanguageServiceJson.Succeeded(
                ("sport", 0.97), ("logement", 0.7), ("sante", 0.7), ("acces-aux-droits", 0.2))));

        var result = await Cloud().CategorizeAsync(Text);

        // sante comes before logement in the catalog.
        Assert.Equal(["sante", "logement"], result.Themes.Select(theme => theme.ThemeId));
        Assert.False(result.ReportsNoDifficulty);
        Assert.Contains(_cloudLog.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("sport"));
    }

    [Fact]
    public async Task BlankText_IsNotSent()
    {
        var result = await Cloud().CategorizeAsync("  \n ");

        Assert.Empty(result.Themes);
        Assert.False(result.ReportsNoDifficulty);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task OperationLocationWithoutApiVersion_GetsOne()
    {
        _server.Then(
            new FakeResponse(202, Headers: new Dictionary<string, string>
            {
                ["operation-location"] = new Uri(_server.BaseUri, JobPath).AbsoluteUri,
            }),
            FakeResponse.Json(200, LanguageServiceJson.Succeeded(("precarite", 0.6))));

        var result = await Cloud().CategorizeAsync(Text);

        Assert.Equal("2023-04-01", _server.Requests[1].Query["api-version"]);
        Assert.Equal("precarite", Assert.Single(result.Themes).ThemeId);
    }

    private AzureLanguageOptions Options(TimeSpan? timeout) =>
        new()
        {
            Endpoint = _server.BaseUri.AbsoluteUri.TrimEnd('/'),
            ApiKey = Key,
            ProjectName = "autodiag-themes",
            DeploymentName = "production",
            PollInterval = TimeSpan.FromMilliseconds(10),
            Timeout = timeout ?? TimeSpan.FromSeconds(3),
        };

    private AzureLanguageThemeCategorizer Cloud(TimeSpan? timeout = null) =>
        new(_http, Options(timeout), Catalog, _cloudLog, TimeProvider.System);

    private FallbackThemeCategorizer Categorizer(TimeSpan? timeout = null) =>
        new(Cloud(timeout), _local.Object, _fallbackLog);

    private void AssertTextNeverLogged()
    {
        foreach (var entry in _cloudLog.Entries.Concat(_fallbackLog.Entries))
        {
            Assert.DoesNotContain(Text, entry.Everything);
            Assert.DoesNotContain("Merville", entry.Everything);
            Assert.DoesNotContain(Key, entry.Everything);
        }
    }
}
