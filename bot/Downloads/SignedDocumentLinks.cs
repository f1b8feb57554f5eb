using System.Globalization;
using System.Security.Cryptography;
using AutoDiag.Interview.Documents;
using AutoDiag.Knowledge.Participants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace AutoDiag.Bot.Downloads;

/// <summary>
/// Download links whose token is the ticket itself, encrypted and signed with ASP.NET Core Data Protection: nothing
/// is stored, the link cannot be forged or altered, and it stops working after <see cref="DocumentLinkOptions.LinkLifetime"/>.
/// </summary>
public sealed class SignedDocumentLinks(
    IDataProtectionProvider protection,
    IHttpContextAccessor http,
    TimeProvider clock,
    IOptions<DocumentLinkOptions> options) : IDocumentLinks
{
    public const string RoutePrefix = "/downloads/";

    private readonly IDataProtector protector = protection.CreateProtector("AutoDiag.Downloads.v1");

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    public Uri LinkTo(DocumentKind kind, ParticipantProfile viewer, int intercommunalityId)
    {
        var expiresAt = clock.GetUtcNow() + Lifetime;
        var payload = string.Join('|',
            ((int)kind).ToString(CultureInfo.InvariantCulture),
            viewer.Id.ToString(CultureInfo.InvariantCulture),
            intercommunalityId.ToString(CultureInfo.InvariantCulture),
            expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return new Uri(BaseUrl(), RoutePrefix.TrimStart('/') + protector.Protect(payload));
    }

    /// <summary>The ticket of a token, or null when it was not made here or was altered. Expiry is the caller's to check.</summary>
    public DocumentTicket? Read(string token)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        return parts.Length == 4
            && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var kind) && Enum.IsDefined((DocumentKind)kind)
            && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var participantId)
            && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var intercommunalityId)
            && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var expires)
            ? new DocumentTicket((DocumentKind)kind, participantId, intercommunalityId, DateTimeOffset.FromUnixTimeSeconds(expires))
            : null;
    }

    public bool IsExpired(DocumentTicket ticket) => clock.GetUtcNow() >= ticket.ExpiresAt;

    private Uri BaseUrl()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return WithTrailingSlash(configured.AbsoluteUri);
        }
        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("No public address: set Downloads:PublicBaseUrl, or make links during a request.");
        return WithTrailingSlash($"{request.Scheme}://{request.Host}{request.PathBase}");
    }

    private static Uri WithTrailingSlash(string url) => new(url.EndsWith('/') ? url : url + "/");
}
