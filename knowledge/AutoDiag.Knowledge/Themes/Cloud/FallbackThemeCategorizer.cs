using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Themes.Cloud;

/// <summary>
/// Asks a primary categoriser (the cloud one) and, whatever goes wrong with it — an exception, a timeout, an error
/// answer — gives the fallback's (the local one's) result instead: an answer is never left without themes because a
/// service is down.
/// </summary>
/// <remarks>
/// When the primary answers, its themes are kept as they are, and <see cref="ThemeCategorization.ReportsNoDifficulty"/>
/// comes from the fallback, which can detect « pas de souci » while the cloud cannot; nothing else is merged. The
/// fallback is therefore asked every time. The text is never logged: it is residents' data.
/// </remarks>
public sealed class FallbackThemeCategorizer : IThemeCategorizer
{
    private readonly IThemeCategorizer _primary;
    private readonly IThemeCategorizer _fallback;
    private readonly ILogger<FallbackThemeCategorizer> _logger;

    public FallbackThemeCategorizer(
        IThemeCategorizer primary, IThemeCategorizer fallback, ILogger<FallbackThemeCategorizer> logger)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(logger);
        _primary = primary;
        _fallback = fallback;
        _logger = logger;
    }

    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null (neither categoriser is asked).</exception>
    public ThemeCategorization Categorize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ThemeCategorization primary;
        try
        {
            primary = _primary.Categorize(text);
        }
        catch (Exception exception)
        {
            // The exception, never the text: no categoriser of this project puts the text in an exception.
            _logger.LogWarning(
                exception,
                "Cloud theme categorisation failed ({Reason}); the local categoriser answers instead.",
                Reason(exception));
            return _fallback.Categorize(text);
        }

        var local = _fallback.Categorize(text);
        return new ThemeCategorization(Themes: primary.Themes, ReportsNoDifficulty: local.ReportsNoDifficulty);
    }

    private static string Reason(Exception exception) =>
        exception switch
        {
            AzureLanguageException { StatusCode: { } status } azure =>
                $"HTTP {(int)status}{(azure.ErrorCode is { } code ? ", " + code : string.Empty)}",
            AzureLanguageException azure => azure.ErrorCode ?? "error answer",
            TimeoutException => "timeout",
            _ => exception.GetType().Name,
        };
}
