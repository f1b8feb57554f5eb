using AutoDiag.Deployment.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace AutoDiag.Deployment.Tests.Azure;

/// <summary>The web app's settings in the template are the settings the bot reads, and the required ones are all there.</summary>
public sealed class BotSettingsTests
{
    private static readonly WebAppSettings Deployed = WebAppSettings.From(ArmTemplate.Main);

    [Fact]
    public void BotAppSettingsJson_IsReadAsExpected()
    {
        // Guards the list below: if the bot's appsettings.json is renamed or emptied, say so rather than pass.
        var keys = BotSettings.FromAppSettingsJson();
        Assert.Contains("MicrosoftAppId", keys);
        Assert.Contains("ConnectionStrings:AutoDiag", keys);
    }

    [Fact]
    public void Template_SetsOnlySettingsTheBotReads()
    {
        var known = BotSettings.Known();
        var unknown = Deployed.ConfigurationKeys.Where(k => !known.Contains(k)).ToList();
        Assert.True(
            unknown.Count == 0,
            "The template sets settings the bot does not read (a typo, or a setting to add to bot/appsettings.json or to "
            + "BotSettings.Documented with the code that reads it): " + string.Join(", ", unknown));
    }

    [Fact]
    public void Template_SetsEverySettingTheBotNeedsInAzure()
    {
        var keys = Deployed.ConfigurationKeys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = BotSettings.RequiredInAzure.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Missing from the web app's settings: " + string.Join(", ", missing));
    }

    [Fact]
    public void Template_ChoosesPostgres()
    {
        Assert.Equal("Postgres", Deployed.Settings["Database:Provider"]);
    }

    [Fact]
    public void DownloadLinks_UseTheWebAppsPublicAddress()
    {
        var site = ArmTemplate.Main.SingleResource("Microsoft.Web/sites");
        Assert.Equal(
            $"[format('https://{{0}}', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '{site["apiVersion"]}').defaultHostName)]",
            Deployed.Settings["Downloads:PublicBaseUrl"]);
    }

    [Fact]
    public void Secrets_ComeFromSecureParameters()
    {
        var secure = ArmTemplate.Main.Parameters
            .Where(p => (string?)p.Value!["type"] == "securestring")
            .Select(p => p.Key)
            .ToHashSet();
        Assert.Contains("parameters('botAppPassword')", Deployed.Settings["MicrosoftAppPassword"]);
        Assert.Contains("botAppPassword", secure);
        Assert.Contains("parameters('azureLanguageApiKey')", Deployed.Settings["Categorization:AzureLanguage:ApiKey"]);
        Assert.Contains("azureLanguageApiKey", secure);
        Assert.Contains("parameters('postgresAdminPassword')", Deployed.ConnectionStrings["AutoDiag"].Value);
        Assert.Contains("postgresAdminPassword", secure);
    }

    [Fact]
    public void ConnectionStrings_ReachTheBotAsConnectionStringsSettings()
    {
        // App Service turns a connection string of type T named N into the environment variable {prefix(T)}N;
        // .NET's environment variables provider (the one the bot's WebApplication.CreateBuilder adds) must read
        // it back as ConnectionStrings:N.
        foreach (var (name, (type, _)) in Deployed.ConnectionStrings)
        {
            Assert.True(WebAppSettings.ConnectionStringPrefixes.TryGetValue(type, out var prefix), $"Unknown connection string type {type}.");
            var variable = prefix + name;
            var value = $"Host=test-{Guid.NewGuid():N};Database=autodiag";
            Environment.SetEnvironmentVariable(variable, value);
            try
            {
                var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
                Assert.Equal(value, configuration.GetConnectionString(name));
            }
            finally
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }
    }

    [Fact]
    public void AppSettings_WithDoubleUnderscore_ReachTheBotAsSections()
    {
        var variable = $"AutoDiagDeploymentTest{Guid.NewGuid():N}__PublicBaseUrl";
        Environment.SetEnvironmentVariable(variable, "https://example.org");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            Assert.Equal("https://example.org", configuration[variable.Replace("__", ":", StringComparison.Ordinal)]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
