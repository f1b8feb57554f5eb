using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Rest;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// Plays the Bot Framework's token service for the inbound authentication tests, offline: an RSA key of its own,
/// its OpenID metadata and key set (the key endorsed for <c>msteams</c>, as the real one is), and tokens signed with it.
/// </summary>
/// <remarks>
/// The SDK reads the metadata URL from configuration (<see cref="Settings"/>) but fetches it with a static HttpClient of
/// its own, over HTTPS. Its <see cref="JwtTokenExtractor"/> keeps one metadata and one endorsements manager per URL in
/// static caches, filled by its constructor with the HttpClient it is given: <see cref="Prime"/> constructs one first
/// with an in-process handler that serves the documents, so the SDK's own validation (signature, lifetime, issuer,
/// audience, endorsement, service URL) runs on them. Each instance has its own URL, so tests do not share keys.
/// </remarks>
public sealed class LocalChannelTokens
{
    /// <summary>The issuer of the Bot Framework's channel tokens (ToBotFromChannelTokenIssuer).</summary>
    public const string Issuer = "https://api.botframework.com";

    public const string AppId = "autodiag-test-app";

    private readonly RSA rsa = RSA.Create(2048);
    private readonly string keyId = $"key-{Guid.NewGuid():N}";
    private readonly string root = $"https://login.autodiag.test/{Guid.NewGuid():N}";

    public LocalChannelTokens()
    {
        SigningKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        Prime();
    }

    public RsaSecurityKey SigningKey { get; }

    public string MetadataUrl => $"{root}/v1/.well-known/openidconfiguration";

    private string KeysUrl => $"{root}/v1/keys";

    /// <summary>
    /// What turns inbound authentication on with this token service: the app id and password, and the SDK's parameterised
    /// endpoints (its custom path is taken only when they are given together).
    /// </summary>
    public IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "test-secret-not-used",
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.com/botframework.com",
        ["ToChannelFromBotOAuthScope"] = "https://api.botframework.com",
        ["OAuthUrl"] = "https://api.botframework.com",
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = $"{root}/emulator/.well-known/openid-configuration",
        ["CallerId"] = "urn:botframework:azure",
        ["ValidateAuthority"] = "true",
    };

    /// <summary>A channel token as the Bot Framework sends it, unless told otherwise.</summary>
    public string Token(
        string? audience = AppId, string issuer = Issuer, DateTime? expires = null, string serviceUrl = ChannelActivities.ServiceUrl,
        SecurityKey? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(30);
        var notBefore = expiry < now ? expiry.AddHours(-1) : now.AddMinutes(-1);
        var claims = new List<Claim> { new("serviceurl", serviceUrl) };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expiry,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(signingKey ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JwtSecurityTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateEncodedJwt(descriptor);
    }

    /// <summary>A key with this service's key id that is not its key: a forged signature.</summary>
    public RsaSecurityKey ForgedKey() => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>A valid token's claims with <c>alg: none</c> and no signature.</summary>
    public string UnsignedToken()
    {
        var payload = Token().Split('.')[1];
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{payload}.";
    }

    /// <summary>Fills the SDK's metadata caches for <see cref="MetadataUrl"/> through its public constructor.</summary>
    private void Prime()
    {
        var documents = new Dictionary<string, string>
        {
            [MetadataUrl] = new JObject
            {
                ["issuer"] = Issuer,
                ["authorization_endpoint"] = $"{root}/v1/authorize",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JArray("private_key_jwt"),
            }.ToString(),
            [KeysUrl] = KeySet().ToString(),
        };
        var http = new HttpClient(new DocumentsHandler(documents));
        _ = new JwtTokenExtractor(http, new TokenValidationParameters(), MetadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
    }

    private JObject KeySet()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JObject
        {
            ["keys"] = new JArray(new JObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = keyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JArray("msteams"),
            }),
        };
    }

    private sealed class DocumentsHandler(IReadOnlyDictionary<string, string> documents) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(documents.TryGetValue(request.RequestUri!.AbsoluteUri, out var document)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(document, Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}

/// <summary>
/// The bot's real credentials factory for everything inbound (which app id is ours, whether authentication is on), but
/// outbound credentials that ask Entra ID for nothing: the tests have no network, and the fake connector wants no token.
/// </summary>
public sealed class OfflineCredentialsFactory(IConfiguration configuration) : ServiceClientCredentialsFactory
{
    private readonly ServiceClientCredentialsFactory real = new Microsoft.Bot.Builder.Integration.AspNet.Core.ConfigurationServiceClientCredentialFactory(configuration);

    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) =>
        real.IsValidAppIdAsync(appId, cancellationToken);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) =>
        real.IsAuthenticationDisabledAsync(cancellationToken);

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(
        string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(MicrosoftAppCredentials.Empty);
}
