using AutoDiag.Bot.Adapters;

namespace AutoDiag.Bot.Hosting;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// What running for real needs around the bot: telemetry (<see cref="TelemetryServiceCollectionExtensions"/>), retries of
    /// replies to the channel (<see cref="ConnectorResilienceServiceCollectionExtensions"/>), the limits of what
    /// <c>/api/messages</c> accepts (<see cref="InboundActivityOptions"/>) and a graceful shutdown that finishes the turns
    /// in progress (<see cref="GracefulShutdownService"/>). Call it after the categoriser is registered (it counts its work).
    /// </summary>
    public static IServiceCollection AddAutoDiagOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAutoDiagTelemetry(configuration);
        services.AddConnectorResilience(configuration);

        services.AddOptions<InboundActivityOptions>()
            .Bind(configuration.GetSection(InboundActivityOptions.SectionName))
            .Validate(o => o.MaxRequestBodySize > 0, $"{InboundActivityOptions.SectionName}:MaxRequestBodySize must be positive.");

        services.AddOptions<ShutdownOptions>().Bind(configuration.GetSection(ShutdownOptions.SectionName));
        services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<ShutdownOptions>>(
            (host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.AddSingleton<InFlightTurns>();
        services.AddHostedService<GracefulShutdownService>();
        return services;
    }
}
