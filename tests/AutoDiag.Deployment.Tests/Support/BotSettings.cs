using System.Text.Json.Nodes;

namespace AutoDiag.Deployment.Tests.Support;

/// <summary>The configuration keys the bot reads.</summary>
public static class BotSettings
{
    /// <summary>
    /// Settings the bot reads that bot/appsettings.json does not list (README.md « Configuration »). Add a line here
    /// when the bot learns a new setting that the Azure template should be able to set.
    /// </summary>
    public static readonly IReadOnlyList<string> Documented =
    [
        // Database provider: Sqlite (default) or Postgres, with ConnectionStrings:AutoDiag (bot/Hosting/DatabaseServiceCollectionExtensions.cs).
        "Database:Provider",
        // bot/Downloads/DocumentLinkOptions.cs
        "Downloads:PublicBaseUrl",
        "Downloads:LinkLifetime",
        // knowledge/AutoDiag.Knowledge/Invitations/InvitationOptions.cs
        "Invitations:ValidFor",
        // knowledge/AutoDiag.Knowledge/Learning/CategorizationOptions.cs
        "Categorization:RetrainEveryCorrections",
        // knowledge/AutoDiag.Knowledge/Themes/Cloud/AzureLanguageOptions.cs
        "Categorization:AzureLanguage:Endpoint",
        "Categorization:AzureLanguage:ApiKey",
        "Categorization:AzureLanguage:ProjectName",
        "Categorization:AzureLanguage:DeploymentName",
        "Categorization:AzureLanguage:ApiVersion",
        "Categorization:AzureLanguage:Timeout",
        "Categorization:AzureLanguage:MinimumConfidence",
        "Categorization:AzureLanguage:PollInterval",
        // The OpenTelemetry SDK's standard variable, honoured besides OpenTelemetry:OtlpEndpoint (bot/Hosting/TelemetryServiceCollectionExtensions.cs).
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        // Logging:Console:FormatterName (json in Azure), Messages:*, Connector:Resilience:*, Shutdown:*, OpenTelemetry:* are in bot/appsettings.json.
    ];

    /// <summary>What a deployment must give the bot for it to authenticate with Teams and use PostgreSQL.</summary>
    public static readonly IReadOnlyList<string> RequiredInAzure =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppPassword",
        "MicrosoftAppTenantId",
        "ConnectionStrings:AutoDiag",
        "Database:Provider",
    ];

    /// <summary>The keys of bot/appsettings.json, flattened with « : » as .NET configuration does.</summary>
    public static IReadOnlyList<string> FromAppSettingsJson()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRepository("bot", "appsettings.json")))!;
        var keys = new List<string>();
        Flatten(root, null, keys);
        return keys;
    }

    /// <summary>Everything the bot reads: bot/appsettings.json and <see cref="Documented"/>. Case-insensitive, as .NET configuration.</summary>
    public static IReadOnlySet<string> Known() =>
        new HashSet<string>(FromAppSettingsJson().Concat(Documented), StringComparer.OrdinalIgnoreCase);

    private static void Flatten(JsonNode? node, string? prefix, List<string> keys)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    Flatten(value, prefix is null ? key : $"{prefix}:{key}", keys);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{prefix}:{i}", keys);
                }
                break;
            default:
                keys.Add(prefix ?? string.Empty);
                break;
        }
    }
}
