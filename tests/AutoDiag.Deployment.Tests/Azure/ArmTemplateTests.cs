using System.Text.Json;
using System.Text.Json.Nodes;
using AutoDiag.Deployment.Tests.Support;

namespace AutoDiag.Deployment.Tests.Azure;

/// <summary>deploymentTemplates/azuredeploy.json: well formed, every name it uses declared, and the resources the bot needs.</summary>
public sealed class ArmTemplateTests
{
    private static readonly ArmTemplate Template = ArmTemplate.Main;

    [Theory]
    [InlineData("azuredeploy.json")]
    [InlineData("azuredeploy.parameters.json")]
    [InlineData("bicepconfig.json")]
    public void File_IsOneJsonObject(string file)
    {
        var text = File.ReadAllText(RepositoryPaths.InDeploymentTemplates(file));
        using var document = JsonDocument.Parse(text);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Template_IsADeploymentTemplate()
    {
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)Template.Root["$schema"]);
        Assert.NotNull(Template.Root["contentVersion"]);
        Assert.NotEmpty(Template.Resources);
    }

    [Fact]
    public void EveryParameterUsed_IsDeclared()
    {
        var undeclared = ArmTemplate.ParameterReferences(Template.Root)
            .Where(r => !Template.Parameters.ContainsKey(r.Name))
            .Select(r => $"parameters('{r.Name}') at {r.Path}")
            .ToList();
        Assert.True(undeclared.Count == 0, "Undeclared parameters: " + string.Join("; ", undeclared));
    }

    [Fact]
    public void EveryVariableUsed_IsDeclared()
    {
        var undeclared = ArmTemplate.VariableReferences(Template.Root)
            .Where(r => !Template.Variables.ContainsKey(r.Name))
            .Select(r => $"variables('{r.Name}') at {r.Path}")
            .ToList();
        Assert.True(undeclared.Count == 0, "Undeclared variables: " + string.Join("; ", undeclared));
    }

    [Fact]
    public void EveryParameterDeclared_IsUsed()
    {
        // Used anywhere but in its own declaration (another parameter's default counts).
        var used = ArmTemplate.ParameterReferences(Template.Root).Select(r => r.Name).ToHashSet();
        var unused = Template.Parameters.Select(p => p.Key).Where(name => !used.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "Declared but never used: " + string.Join(", ", unused));
    }

    [Fact]
    public void EveryVariableDeclared_IsUsed()
    {
        var used = ArmTemplate.VariableReferences(Template.Root).Select(r => r.Name).ToHashSet();
        var unused = Template.Variables.Select(v => v.Key).Where(name => !used.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "Declared but never used: " + string.Join(", ", unused));
    }

    [Fact]
    public void Secrets_AreSecureParameters_WithoutDefault()
    {
        string[] secretWords = ["password", "secret", "apikey", "key"];
        foreach (var (name, declaration) in Template.Parameters)
        {
            var type = (string?)declaration!["type"];
            if (secretWords.Any(w => name.EndsWith(w, StringComparison.OrdinalIgnoreCase)))
            {
                Assert.True(type == "securestring", $"Parameter {name} looks like a secret but is a {type}, not a securestring.");
            }
            if (type == "securestring" && declaration["defaultValue"] is { } value)
            {
                Assert.True((string?)value == string.Empty, $"Secure parameter {name} has a default value.");
            }
        }
    }

    [Fact]
    public void Outputs_HoldNoSecret()
    {
        var secure = Template.Parameters.Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key).ToHashSet();
        var leaks = ArmTemplate.ParameterReferences(Template.Outputs).Where(r => secure.Contains(r.Name)).ToList();
        Assert.Empty(leaks);
        Assert.All(Template.Outputs, o => Assert.NotEqual("securestring", (string?)o.Value!["type"]));
    }

    [Fact]
    public void AppServicePlan_IsLinux()
    {
        var plan = Template.SingleResource("Microsoft.Web/serverfarms");
        Assert.Equal("linux", (string?)plan["kind"]);
        Assert.True((bool?)plan["properties"]?["reserved"], "A Linux App Service plan has properties.reserved = true.");
    }

    [Fact]
    public void WebApp_RunsTheBotOnDotNet10Linux_OverHttps()
    {
        var site = Template.SingleResource("Microsoft.Web/sites");
        Assert.Contains("linux", (string?)site["kind"]);
        var properties = site["properties"]!;
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Contains("Microsoft.Web/serverfarms", (string?)properties["serverFarmId"]);

        var siteConfig = properties["siteConfig"]!;
        Assert.Equal("DOTNETCORE|10.0", (string?)siteConfig["linuxFxVersion"]);
        Assert.True((bool?)siteConfig["alwaysOn"], "A bot must stay loaded: alwaysOn.");
        Assert.Equal("/healthz", (string?)siteConfig["healthCheckPath"]);
    }

    [Fact]
    public void WebApp_StartCommand_RunsTheBotsAssembly()
    {
        // dotnet publish of bot/AutoDiag.Bot.csproj writes AutoDiag.Bot.dll (no AssemblyName override).
        var csproj = File.ReadAllText(RepositoryPaths.InRepository("bot", "AutoDiag.Bot.csproj"));
        Assert.DoesNotContain("<AssemblyName>", csproj);
        var site = Template.SingleResource("Microsoft.Web/sites");
        Assert.Equal("dotnet AutoDiag.Bot.dll", (string?)site["properties"]?["siteConfig"]?["appCommandLine"]);
    }

    [Fact]
    public void AzureBot_IsAnAzureBot_WithItsMessagingEndpointOnTheWebApp()
    {
        var bot = Template.SingleResource("Microsoft.BotService/botServices");
        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("global", (string?)bot["location"]);

        var endpoint = (string?)bot["properties"]?["endpoint"];
        Assert.Equal(
            "[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '"
            + Template.SingleResource("Microsoft.Web/sites")["apiVersion"] + "').defaultHostName)]",
            endpoint);
        Assert.Equal("[parameters('appName')]", (string?)Template.SingleResource("Microsoft.Web/sites")["name"]);
    }

    [Fact]
    public void AzureBot_IdentityTypes_AreOnesTheBotUnderstands()
    {
        var bot = Template.SingleResource("Microsoft.BotService/botServices");
        Assert.Equal("[parameters('botIdentityType')]", (string?)bot["properties"]?["msaAppType"]);
        var allowed = Template.Parameters["botIdentityType"]!["allowedValues"]!.AsArray().Select(v => (string?)v).ToList();
        Assert.Contains("UserAssignedMSI", allowed);
        Assert.Contains("SingleTenant", allowed);
        // Not MultiTenant: Azure Bot Service has deprecated new multi-tenant bot registrations.
        Assert.DoesNotContain("MultiTenant", allowed);
    }

    [Fact]
    public void AzureBot_AndWebApp_UseTheSameIdentity()
    {
        var bot = Template.SingleResource("Microsoft.BotService/botServices")["properties"]!;
        var settings = WebAppSettings.From(Template).Settings;
        Assert.Equal((string?)bot["msaAppType"], settings["MicrosoftAppType"]);
        Assert.Equal((string?)bot["msaAppId"], settings["MicrosoftAppId"]);
        Assert.Equal((string?)bot["msaAppTenantId"], settings["MicrosoftAppTenantId"]);
    }

    [Fact]
    public void ManagedIdentity_IsAssignedToTheWebApp_AndNamedToTheBot()
    {
        var identity = Template.SingleResource("Microsoft.ManagedIdentity/userAssignedIdentities");
        var identityId = $"[resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', {Inner((string)identity["name"]!)})]";

        var site = Template.SingleResource("Microsoft.Web/sites");
        Assert.Equal("UserAssigned", (string?)site["identity"]?["type"]);
        Assert.Contains(site["identity"]!["userAssignedIdentities"]!.AsObject(), p => p.Key.Contains(Inner(identityId), StringComparison.Ordinal));

        var msiResourceId = (string?)Template.SingleResource("Microsoft.BotService/botServices")["properties"]?["msaAppMSIResourceId"];
        Assert.Contains(Inner(identityId), msiResourceId);
    }

    [Fact]
    public void TeamsChannel_IsEnabledOnTheBot()
    {
        var channel = Template.SingleResource("Microsoft.BotService/botServices/channels");
        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]?["channelName"]);
        Assert.True((bool?)channel["properties"]?["properties"]?["isEnabled"]);
        Assert.EndsWith("'MsTeamsChannel')]", (string?)channel["name"]);
        Assert.Contains(
            Inner((string)Template.SingleResource("Microsoft.BotService/botServices")["name"]!),
            (string?)channel["name"]);
    }

    [Fact]
    public void PostgreSql_Server_Database_AndAzureServicesFirewallRule()
    {
        var server = Template.SingleResource("Microsoft.DBforPostgreSQL/flexibleServers");
        Assert.Equal("[parameters('postgresAdminPassword')]", (string?)server["properties"]?["administratorLoginPassword"]);
        Assert.Equal("securestring", (string?)Template.Parameters["postgresAdminPassword"]?["type"]);

        var database = Template.SingleResource("Microsoft.DBforPostgreSQL/flexibleServers/databases");
        Assert.Contains("parameters('databaseName')", (string?)database["name"]);

        var rule = Template.SingleResource("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules");
        Assert.Equal("0.0.0.0", (string?)rule["properties"]?["startIpAddress"]);
        Assert.Equal("0.0.0.0", (string?)rule["properties"]?["endIpAddress"]);
    }

    [Fact]
    public void ConnectionString_PointsAtTheServerAndDatabase_AndWaitsForThem()
    {
        var connectionString = WebAppSettings.From(Template).ConnectionStrings["AutoDiag"];
        Assert.Equal("PostgreSQL", connectionString.Type);
        foreach (var part in new[]
                 {
                     "Host={0}", "Database={1}", "Username={2}", "Password=\"{3}\"", "Ssl Mode=Require",
                     "Microsoft.DBforPostgreSQL/flexibleServers", ".fullyQualifiedDomainName",
                     "parameters('databaseName')", "parameters('postgresAdminLogin')",
                     "replace(parameters('postgresAdminPassword'), '\"', '\"\"')",
                 })
        {
            Assert.Contains(part, connectionString.Value);
        }

        var config = Template.ChildResource("Microsoft.Web/sites/config", "connectionstrings")!;
        var dependsOn = config["dependsOn"]!.AsArray().Select(d => (string?)d).ToList();
        Assert.Contains(dependsOn, d => d!.Contains("flexibleServers/databases", StringComparison.Ordinal));
        Assert.Contains(dependsOn, d => d!.Contains("flexibleServers/firewallRules", StringComparison.Ordinal));
    }

    [Fact]
    public void ParametersFile_GivesOnlyDeclaredParameters_AndNoSecret()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InDeploymentTemplates("azuredeploy.parameters.json")))!;
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", (string?)file["$schema"]);
        var given = file["parameters"]!.AsObject();
        foreach (var (name, value) in given)
        {
            Assert.True(Template.Parameters.ContainsKey(name), $"azuredeploy.parameters.json gives {name}, which the template does not declare.");
            Assert.True(value?["value"] is not null || value?["reference"] is not null, $"{name}: neither a value nor a Key Vault reference.");
            if ((string?)Template.Parameters[name]!["type"] == "securestring")
            {
                Assert.True(value!["value"] is null, $"{name} is a secret: pass it on the command line or as a Key Vault reference, never in the file.");
            }
        }

        // Whatever has no default and is not a secret (given on the command line) must be in the file.
        var missing = Template.Parameters
            .Where(p => p.Value!["defaultValue"] is null && (string?)p.Value["type"] != "securestring" && !given.ContainsKey(p.Key))
            .Select(p => p.Key)
            .ToList();
        Assert.True(missing.Count == 0, "Parameters without a default missing from azuredeploy.parameters.json: " + string.Join(", ", missing));
    }

    [Fact]
    public void ParametersFile_Values_FitTheirDeclarations()
    {
        var given = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InDeploymentTemplates("azuredeploy.parameters.json")))!["parameters"]!.AsObject();
        foreach (var (name, value) in given)
        {
            var declaration = Template.Parameters[name]!;
            var actual = value!["value"];
            switch ((string?)declaration["type"])
            {
                case "string":
                    Assert.Equal(JsonValueKind.String, actual!.GetValueKind());
                    break;
                case "int":
                    Assert.Equal(JsonValueKind.Number, actual!.GetValueKind());
                    break;
                case "bool":
                    Assert.True(actual!.GetValueKind() is JsonValueKind.True or JsonValueKind.False);
                    break;
            }
            if (declaration["allowedValues"] is JsonArray allowed)
            {
                Assert.Contains(allowed, a => JsonNode.DeepEquals(a, actual));
            }
        }
    }

    /// <summary>The expression inside « [ … ] ».</summary>
    private static string Inner(string expression) =>
        expression.StartsWith('[') && expression.EndsWith(']') ? expression[1..^1] : $"'{expression}'";
}
