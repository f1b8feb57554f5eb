using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AutoDiag.Bot.Hosting;

/// <summary>
/// The bot's own traces and metrics, both named <see cref="Name"/>: a span per turn, and counters of turns, turn errors
/// and categorisations with a histogram of turn durations. OpenTelemetry exports them only when an OTLP endpoint is
/// configured (<see cref="TelemetryServiceCollectionExtensions"/>); anything else listening (dotnet-counters, a test's
/// <see cref="MeterListener"/>) sees them too. Tags never carry what people wrote nor who they are.
/// </summary>
public sealed class AutoDiagTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string Name = "AutoDiag";

    public const string TurnsInstrument = "autodiag.turns";
    public const string TurnDurationInstrument = "autodiag.turn.duration";
    public const string TurnErrorsInstrument = "autodiag.turn.errors";
    public const string CategorizationsInstrument = "autodiag.categorizations";

    /// <summary>The Bot Framework activity type of the turn (« message », « conversationUpdate », …).</summary>
    public const string ActivityTypeTag = "autodiag.activity.type";
    /// <summary>« ok », or « error » when the turn threw (the user got the French error message).</summary>
    public const string OutcomeTag = "autodiag.outcome";
    /// <summary>The exception type of a failed turn or categorisation.</summary>
    public const string ErrorTypeTag = "error.type";
    /// <summary>Which categoriser answered: « local », « azure-language » (with the local one behind), or a type name.</summary>
    public const string CategorizerTag = "autodiag.categorizer";

    /// <summary>The spans of turns. Static: an <see cref="System.Diagnostics.ActivitySource"/> is process-wide anyway.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    public AutoDiagTelemetry(IMeterFactory meterFactory)
    {
        // From the factory, not static: each host (and each test's host) has its own meter, so listeners of one
        // host never count another's turns.
        var meter = meterFactory.Create(Name);
        Turns = meter.CreateCounter<long>(TurnsInstrument, "{turn}", "Turns processed, by activity type and outcome.");
        TurnDuration = meter.CreateHistogram<double>(TurnDurationInstrument, "ms", "How long a turn took, from the first middleware to the last reply.");
        TurnErrors = meter.CreateCounter<long>(TurnErrorsInstrument, "{turn}", "Turns that ended with an exception (the user was told in French).");
        Categorizations = meter.CreateCounter<long>(CategorizationsInstrument, "{text}", "Texts categorised into themes, by categoriser and outcome.");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> TurnErrors { get; }

    public Counter<long> Categorizations { get; }
}
