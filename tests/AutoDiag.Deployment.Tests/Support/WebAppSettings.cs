using System.Text.Json.Nodes;

namespace AutoDiag.Deployment.Tests.Support;

/// <summary>
/// What the template hands the bot through App Service: app settings (environment variables, « __ » for « : ») and
/// connection strings (environment variables <c>{TYPE}CONNSTR_{name}</c>, which .NET reads as <c>ConnectionStrings:{name}</c>).
/// </summary>
public sealed class WebAppSettings
{
    /// <summary>App Service connection string types and the prefix of the environment variable each becomes.</summary>
    public static readonly IReadOnlyDictionary<string, string> ConnectionStringPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["PostgreSQL"] = "POSTGRESQLCONNSTR_",
        ["Custom"] = "CUSTOMCONNSTR_",
        ["SQLServer"] = "SQLCONNSTR_",
        ["SQLAzure"] = "SQLAZURECONNSTR_",
        ["MySql"] = "MYSQLCONNSTR_",
    };

    /// <summary>Configuration key (« Downloads:PublicBaseUrl ») → the template's expression or value.</summary>
    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    /// <summary>Connection string name → (App Service type, expression).</summary>
    public required IReadOnlyDictionary<string, (string Type, string Value)> ConnectionStrings { get; init; }

    /// <summary>Every configuration key the bot receives: the settings, and ConnectionStrings:{name} for each connection string.</summary>
    public IEnumerable<string> ConfigurationKeys =>
        Settings.Keys.Concat(ConnectionStrings.Keys.Select(name => $"ConnectionStrings:{name}"));

    public static WebAppSettings From(ArmTemplate template)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var connectionStrings = new Dictionary<string, (string, string)>(StringComparer.OrdinalIgnoreCase);

        void AddSetting(string name, JsonNode? value)
        {
            var key = name.Replace("__", ":", StringComparison.Ordinal);
            Assert.True(settings.TryAdd(key, value?.ToString() ?? string.Empty), $"The template sets {key} twice.");
        }

        void AddConnectionString(string name, string? type, JsonNode? value)
        {
            Assert.True(type is not null, $"Connection string {name} has no type.");
            Assert.True(connectionStrings.TryAdd(name, (type!, value?.ToString() ?? string.Empty)), $"The template sets connection string {name} twice.");
        }

        foreach (var site in template.ResourcesOfType("Microsoft.Web/sites"))
        {
            var siteConfig = site["properties"]?["siteConfig"];
            foreach (var entry in siteConfig?["appSettings"]?.AsArray() ?? [])
            {
                AddSetting((string)entry!["name"]!, entry["value"]);
            }
            foreach (var entry in siteConfig?["connectionStrings"]?.AsArray() ?? [])
            {
                AddConnectionString((string)entry!["name"]!, (string?)entry["type"], entry["connectionString"]);
            }
        }

        foreach (var (name, value) in template.ChildResource("Microsoft.Web/sites/config", "appsettings")?["properties"]?.AsObject() ?? [])
        {
            AddSetting(name, value);
        }
        foreach (var (name, value) in template.ChildResource("Microsoft.Web/sites/config", "connectionstrings")?["properties"]?.AsObject() ?? [])
        {
            AddConnectionString(name, (string?)value?["type"], value?["value"]);
        }

        return new WebAppSettings { Settings = settings, ConnectionStrings = connectionStrings };
    }
}
