using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using AutoDiag.Bot.Hosting;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Moq;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AutoDiag.Bot.Tests.Hosting;

/// <summary>
/// The bot's meter « AutoDiag » counts and times turns, their errors and the categorisations; OpenTelemetry exports them
/// (with the spans of turns) only when an OTLP endpoint is configured; console logs turn JSON by configuration.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_turn_is_counted_and_timed_by_activity_type_and_outcome()
    {
        await using var factory = new BotWebHost();
        using var client = factory.CreateClient();
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.TurnsInstrument);
        using var durations = new MetricCollector<double>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.TurnDurationInstrument);
        using var errors = new MetricCollector<long>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.TurnErrorsInstrument);

        var response = await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(turns.GetMeasurementSnapshot());
        Assert.Equal(1, turn.Value);
        Assert.Equal("message", turn.Tags[AutoDiagTelemetry.ActivityTypeTag]);
        Assert.Equal("ok", turn.Tags[AutoDiagTelemetry.OutcomeTag]);
        var duration = Assert.Single(durations.GetMeasurementSnapshot());
        Assert.True(duration.Value > 0, $"{duration.Value} ms");
        Assert.Equal("ok", duration.Tags[AutoDiagTelemetry.OutcomeTag]);
        Assert.Empty(errors.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task A_failed_turn_is_counted_as_an_error()
    {
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Throws(new InvalidOperationException("categoriser down"));
        await using var factory = new BotWebHost { ConfigureServices = s => s.AddSingleton(categorizer.Object) };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.TurnsInstrument);
        using var errors = new MetricCollector<long>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.TurnErrorsInstrument);

        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-1", "Beaucoup de familles au RSA"));

        var turn = Assert.Single(turns.GetMeasurementSnapshot());
        Assert.Equal("error", turn.Tags[AutoDiagTelemetry.OutcomeTag]);
        var error = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal(1, error.Value);
        Assert.Equal("message", error.Tags[AutoDiagTelemetry.ActivityTypeTag]);
        Assert.Equal(typeof(InvalidOperationException).FullName, error.Tags[AutoDiagTelemetry.ErrorTypeTag]);
    }

    [Fact]
    public async Task Categorisations_are_counted_by_categoriser_kind()
    {
        await using var host = await BotTestHost.StartAsync(ownCategorizer: true);
        var meters = host.Services.GetRequiredService<IMeterFactory>();
        using var categorizations = new MetricCollector<long>(meters, AutoDiagTelemetry.Name, AutoDiagTelemetry.CategorizationsInstrument);
        var categorizer = host.Services.GetRequiredService<IThemeCategorizer>();

        categorizer.Categorize("Les personnes âgées isolées n'ont plus de transport");
        categorizer.Categorize("Le médecin part à la retraite");

        var counted = categorizations.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.All(counted, m =>
        {
            Assert.Equal("local", m.Tags[AutoDiagTelemetry.CategorizerTag]);
            Assert.Equal("ok", m.Tags[AutoDiagTelemetry.OutcomeTag]);
        });
    }

    [Fact]
    public void A_failing_categoriser_is_counted_as_such_and_its_error_goes_through()
    {
        using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = meters.GetRequiredService<IMeterFactory>();
        using var categorizations = new MetricCollector<long>(meterFactory, AutoDiagTelemetry.Name, AutoDiagTelemetry.CategorizationsInstrument);
        var failing = new Mock<IThemeCategorizer>();
        failing.Setup(c => c.Categorize(It.IsAny<string>())).Throws(new TimeoutException());
        var instrumented = new InstrumentedThemeCategorizer(failing.Object, new AutoDiagTelemetry(meterFactory));

        Assert.Throws<TimeoutException>(() => instrumented.Categorize("texte"));

        var counted = Assert.Single(categorizations.GetMeasurementSnapshot());
        Assert.Equal("error", counted.Tags[AutoDiagTelemetry.OutcomeTag]);
        Assert.Equal(nameof(TimeoutException), counted.Tags[AutoDiagTelemetry.ErrorTypeTag]);
    }

    [Fact]
    public async Task Without_an_otlp_endpoint_no_exporter_runs()
    {
        await using var factory = new BotWebHost();
        using var client = factory.CreateClient();

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Theory]
    [InlineData("OpenTelemetry:OtlpEndpoint")]
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT")]
    public async Task With_an_otlp_endpoint_turns_are_exported_as_spans_and_metrics(string setting)
    {
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<Metric>();
        await using var factory = new BotWebHost
        {
            // Nothing listens there: the OTLP export fails quietly; the in-memory exporters added below see what it would send.
            Settings = { [setting] = $"http://127.0.0.1:{ClosedLoopbackPort()}" },
            ConfigureServices = services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics)),
        };
        using var client = factory.CreateClient();

        // The channel's trace goes on in the bot (other tests' hosts in this process trace too: their traces differ).
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(ChannelActivities.Message("act-1", "bonjour").ToString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var traced = spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
        var turn = Assert.Single(traced, s => s.Source.Name == AutoDiagTelemetry.Name);
        Assert.Equal("turn message", turn.DisplayName);
        Assert.Equal("ok", turn.GetTagItem(AutoDiagTelemetry.OutcomeTag));
        // The turn is a child of the ASP.NET Core request span: one trace per activity received.
        Assert.Contains(traced, s => s.Source.Name == "Microsoft.AspNetCore" && s.SpanId == turn.ParentSpanId);
        var exported = metrics.Snapshot();
        Assert.Contains(exported, m => m.MeterName == AutoDiagTelemetry.Name && m.Name == AutoDiagTelemetry.TurnsInstrument);
        Assert.Contains(exported, m => m.MeterName == AutoDiagTelemetry.Name && m.Name == AutoDiagTelemetry.TurnDurationInstrument);
    }

    [Fact]
    public async Task Console_logs_are_readable_by_default_and_json_by_configuration()
    {
        await using (var local = new BotWebHost())
        {
            using var client = local.CreateClient();
            Assert.Equal(ConsoleFormatterNames.Simple, local.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        }

        await using var azure = new BotWebHost { Settings = { ["Logging:Console:FormatterName"] = "json" } };
        using var azureClient = azure.CreateClient();
        Assert.Equal(ConsoleFormatterNames.Json, azure.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    private static int ClosedLoopbackPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>What an in-memory exporter fills, safe to read while other hosts of the test process export into it.</summary>
    private sealed class LockedCollection<T> : ICollection<T>
    {
        private readonly List<T> items = [];

        public int Count
        {
            get
            {
                lock (items)
                {
                    return items.Count;
                }
            }
        }

        public bool IsReadOnly => false;

        public List<T> Snapshot()
        {
            lock (items)
            {
                return [.. items];
            }
        }

        public void Add(T item)
        {
            lock (items)
            {
                items.Add(item);
            }
        }

        public void Clear()
        {
            lock (items)
            {
                items.Clear();
            }
        }

        public bool Contains(T item) => Snapshot().Contains(item);

        public void CopyTo(T[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(T item)
        {
            lock (items)
            {
                return items.Remove(item);
            }
        }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
