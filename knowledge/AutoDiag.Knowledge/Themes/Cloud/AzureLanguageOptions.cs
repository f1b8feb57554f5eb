using System.Diagnostics.CodeAnalysis;

namespace AutoDiag.Knowledge.Themes.Cloud;

/// <summary>
/// Settings of the optional cloud categoriser: an Azure AI Language custom multi-label text classification project
/// whose classes are the theme ids of the catalog. Bound from the configuration section <see cref="SectionName"/>.
/// Off by default: while <see cref="IsConfigured"/> is false, the host must not build the cloud categoriser, so
/// residents' answers never leave the machine.
/// </summary>
public sealed class AzureLanguageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Categorization:AzureLanguage";

    /// <summary>The REST API version this code was written against.</summary>
    public const string DefaultApiVersion = "2023-04-01";

    /// <summary>
    /// The Language resource, e.g. « https://mon-ressource.cognitiveservices.azure.com ». HTTPS only: the key travels
    /// in a header (plain HTTP is accepted for a loopback address, for tests).
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>A key of the Language resource, sent as <c>Ocp-Apim-Subscription-Key</c>. A secret: never in the repository.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The custom text classification project (multi-label), case-sensitive.</summary>
    public string? ProjectName { get; set; }

    /// <summary>The deployment of the trained model to query.</summary>
    public string? DeploymentName { get; set; }

    /// <summary>The <c>api-version</c> query parameter.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>Bound of the whole call: submission, polls and waits after a 429 included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Classes with a lower <c>confidenceScore</c> (0 to 1) are not kept as themes.</summary>
    public double MinimumConfidence { get; set; } = 0.5;

    /// <summary>Wait before each poll of the analysis job.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// True when the endpoint, the key, the project and the deployment are all given: only then may the cloud
    /// categoriser be built. Says nothing of their validity, which its constructor checks.
    /// </summary>
    public static bool IsConfigured([NotNullWhen(true)] AzureLanguageOptions? options) =>
        options is not null
        && !string.IsNullOrWhiteSpace(options.Endpoint)
        && !string.IsNullOrWhiteSpace(options.ApiKey)
        && !string.IsNullOrWhiteSpace(options.ProjectName)
        && !string.IsNullOrWhiteSpace(options.DeploymentName);

    /// <summary>The endpoint as a base URI (ending with a slash), or the reason it cannot be used.</summary>
    internal static bool TryGetBaseUri(string? endpoint, [NotNullWhen(true)] out Uri? baseUri, out string problem)
    {
        baseUri = null;
        if (!Uri.TryCreate(endpoint?.Trim(), UriKind.Absolute, out var uri))
        {
            problem = "Endpoint must be an absolute URI such as https://<resource>.cognitiveservices.azure.com.";
            return false;
        }

        var secure = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        if (!secure)
        {
            problem = "Endpoint must use HTTPS: the key is sent with every request.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            problem = "Endpoint must have neither a query nor a fragment.";
            return false;
        }

        baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        problem = string.Empty;
        return true;
    }

    /// <exception cref="ArgumentException">The options are incomplete or invalid; the message says which value.</exception>
    internal void Validate(string parameterName)
    {
        if (!IsConfigured(this))
        {
            throw new ArgumentException(
                $"Section {SectionName}: Endpoint, ApiKey, ProjectName and DeploymentName are all required.",
                parameterName);
        }

        if (!TryGetBaseUri(Endpoint, out _, out var problem))
        {
            throw new ArgumentException($"Section {SectionName}: {problem}", parameterName);
        }

        if (string.IsNullOrWhiteSpace(ApiVersion))
        {
            throw new ArgumentException($"Section {SectionName}: ApiVersion must not be empty.", parameterName);
        }

        if (Timeout <= TimeSpan.Zero || PollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Section {SectionName}: Timeout and PollInterval must be positive.", parameterName);
        }

        if (double.IsNaN(MinimumConfidence) || MinimumConfidence is < 0 or > 1)
        {
            throw new ArgumentException($"Section {SectionName}: MinimumConfidence must be between 0 and 1.", parameterName);
        }
    }
}
