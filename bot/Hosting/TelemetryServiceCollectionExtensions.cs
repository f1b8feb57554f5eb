using AutoDiag.Bot.Middleware;
using AutoDiag.Knowledge.Themes;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AutoDiag.Bot.Hosting;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>Where to send traces, metrics and logs over OTLP (e.g. <c>http://collector:4317</c>); empty = nowhere.</summary>
    public const string OtlpEndpointSetting = "OpenTelemetry:OtlpEndpoint";

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>, for <see cref="OtlpEndpointSetting"/>.</summary>
    public const string OtlpProtocolSetting = "OpenTelemetry:OtlpProtocol";

    /// <summary>The standard variable of the OpenTelemetry SDKs, honoured too (with the other <c>OTEL_*</c> variables).</summary>
    public const string StandardOtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string ServiceName = "autodiag-bot";

    /// <summary>
    /// The bot's meter and spans (<see cref="AutoDiagTelemetry"/>), the turn middleware that feeds them, categorisations
    /// counted through a decorator of <see cref="IThemeCategorizer"/> (call this after the categoriser is registered),
    /// and — only when an OTLP endpoint is configured — OpenTelemetry exporting the bot's, ASP.NET Core's and
    /// HttpClient's traces and metrics, and the logs, to it. With nothing configured, no exporter runs and nothing is
    /// written to the console but the usual logs.
    /// </summary>
    public static IServiceCollection AddAutoDiagTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddSingleton<AutoDiagTelemetry>();
        services.AddSingleton<TelemetryMiddleware>();
        DecorateThemeCategorizer(services);

        var endpoint = configuration[OtlpEndpointSetting];
        var standardEndpoint = configuration[StandardOtlpEndpointVariable];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(standardEndpoint))
        {
            return services;
        }

        var openTelemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(AutoDiagTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(AutoDiagTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithLogging();

        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            openTelemetry.UseOtlpExporter(ParseProtocol(configuration[OtlpProtocolSetting]), new Uri(endpoint, UriKind.Absolute));
        }
        else
        {
            // OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_EXPORTER_OTLP_HEADERS… read by the exporter itself.
            openTelemetry.UseOtlpExporter();
        }
        return services;
    }

    internal static OtlpExportProtocol ParseProtocol(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "httpprotobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{OtlpProtocolSetting} must be « grpc » or « http/protobuf », not « {value} »."),
    };

    /// <summary>
    /// Wraps the registered <see cref="IThemeCategorizer"/> (the last registration, as the container resolves it) in an
    /// <see cref="InstrumentedThemeCategorizer"/>. A registration made afterwards (a test's fake) is not wrapped.
    /// </summary>
    private static void DecorateThemeCategorizer(IServiceCollection services)
    {
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(IThemeCategorizer) && !d.IsKeyedService);
        if (registration is null)
        {
            return;
        }

        services.Remove(registration);
        services.Add(ServiceDescriptor.Describe(
            typeof(IThemeCategorizer),
            sp => new InstrumentedThemeCategorizer(Create(sp, registration), sp.GetRequiredService<AutoDiagTelemetry>()),
            registration.Lifetime));
    }

    private static IThemeCategorizer Create(IServiceProvider services, ServiceDescriptor registration) =>
        (IThemeCategorizer)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registration.ImplementationType!));
}
