using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace AutoDiag.Bot.Hosting;

/// <summary><c>Connector:Resilience</c> settings: how replies to the channel are retried.</summary>
public sealed class ConnectorResilienceOptions
{
    public const string SectionName = "Connector:Resilience";

    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay (exponential with jitter) when the channel gives no <c>Retry-After</c>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>One attempt's time limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Everything a reply may take, waits included: past it the reply is given up (and logged).</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

public static class ConnectorResilienceServiceCollectionExtensions
{
    public const string PipelineName = "bot-connector";

    /// <summary>
    /// Retries what the bot sends to the channel — replies, and the connector's other calls (Teams member lookups) — on
    /// 408, 429, 5xx, network errors and attempt timeouts, honouring the channel's <c>Retry-After</c> (Teams throttles),
    /// else with exponential backoff, within <see cref="ConnectorResilienceOptions.TotalTimeout"/>.
    /// </summary>
    /// <remarks>
    /// The SDK's connector takes its HttpClient from <see cref="IHttpClientFactory.CreateClient(string)"/> with the
    /// default name (<c>ConnectorFactoryImpl</c>, given the factory by <c>ConfigurationBotFrameworkAuthentication</c>), so
    /// the handler goes on the default client. The bot's other clients are named (Azure AI Language has its own timeout
    /// and fallback) and are not retried here.
    /// </remarks>
    public static IServiceCollection AddConnectorResilience(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorResilienceOptions>()
            .Bind(configuration.GetSection(ConnectorResilienceOptions.SectionName))
            .Validate(o => o.MaxRetryAttempts >= 0 && o.BaseDelay >= TimeSpan.Zero && o.AttemptTimeout > TimeSpan.Zero && o.TotalTimeout > TimeSpan.Zero,
                $"{ConnectorResilienceOptions.SectionName}: retries must be ≥ 0, delays ≥ 0 and timeouts > 0.");

        services.AddHttpClient(Options.DefaultName)
            .AddResilienceHandler(PipelineName, (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value;
                pipeline.AddTimeout(options.TotalTimeout);
                if (options.MaxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetryAttempts,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.BaseDelay,
                        MaxDelay = options.MaxDelay,
                        ShouldRetryAfterHeader = true,
                    });
                }
                pipeline.AddTimeout(options.AttemptTimeout);
            });
        return services;
    }
}
