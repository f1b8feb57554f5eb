using System.Diagnostics;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Cloud;

namespace AutoDiag.Bot.Hosting;

/// <summary>
/// Counts the categorisations of the categoriser it wraps (<c>autodiag.categorizations</c>, tagged with the
/// categoriser's kind and the outcome); answers exactly what the wrapped one answers, and throws what it throws.
/// </summary>
public sealed class InstrumentedThemeCategorizer : IThemeCategorizer
{
    private readonly AutoDiagTelemetry telemetry;
    private readonly string kind;

    public InstrumentedThemeCategorizer(IThemeCategorizer inner, AutoDiagTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(telemetry);
        Inner = inner;
        this.telemetry = telemetry;
        kind = KindOf(inner);
    }

    /// <summary>The categoriser that answers.</summary>
    public IThemeCategorizer Inner { get; }

    public ThemeCategorization Categorize(string text)
    {
        try
        {
            var result = Inner.Categorize(text);
            Count("ok", errorType: null);
            return result;
        }
        catch (Exception exception)
        {
            Count("error", exception.GetType().Name);
            throw;
        }
    }

    private void Count(string outcome, string? errorType)
    {
        var tags = new TagList
        {
            { AutoDiagTelemetry.CategorizerTag, kind },
            { AutoDiagTelemetry.OutcomeTag, outcome },
        };
        if (errorType is not null)
        {
            tags.Add(AutoDiagTelemetry.ErrorTypeTag, errorType);
        }
        telemetry.Categorizations.Add(1, tags);
    }

    /// <summary>« local », « azure-language » (the cloud first, the local categoriser on any failure), else the type's name.</summary>
    public static string KindOf(IThemeCategorizer categorizer) => categorizer switch
    {
        LocalThemeCategorizer => "local",
        FallbackThemeCategorizer => "azure-language",
        _ => categorizer.GetType().Name,
    };
}
