using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using AutoDiag.Deployment.Tests.Support;

namespace AutoDiag.Deployment.Tests.Azure;

/// <summary>
/// main.bicep is the source of azuredeploy.json: it compiles without a warning (the compiler checks every resource property
/// against the Azure API types built into the CLI, and runs the linter with bicepconfig.json's rules) to exactly the
/// committed azuredeploy.json.
/// The Bicep CLI is the NuGet package Azure.Bicep.CommandLine.linux-x64, restored with this project: no network.
/// </summary>
public sealed class BicepTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>One compilation for both facts: `bicep build` also runs the linter, with the rules of bicepconfig.json.</summary>
    private static readonly Lazy<ProcessResult> Compilation = new(() =>
        Processes.Run(Bicep(), ["build", "main.bicep", "--stdout"], RepositoryPaths.DeploymentTemplates, Timeout));

    [BicepFact]
    public void MainBicep_CompilesWithoutAnyDiagnostic()
    {
        var result = Compilation.Value;
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.StandardError.Trim().Length == 0, "Bicep warnings or linter findings:\n" + result.StandardError);
    }

    [BicepFact]
    public void AzureDeployJson_IsMainBicepCompiled()
    {
        var result = Compilation.Value;
        Assert.True(result.ExitCode == 0, result.ToString());

        var compiled = JsonNode.Parse(result.StandardOutput);
        var committed = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InDeploymentTemplates("azuredeploy.json")));
        Assert.True(
            JsonNode.DeepEquals(compiled, committed),
            "deploymentTemplates/azuredeploy.json is not main.bicep compiled: run deploymentTemplates/build-arm.sh and commit both.");
    }

    private static string Bicep()
    {
        var path = typeof(BicepTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value!;
        Assert.True(File.Exists(path), $"The Bicep CLI is missing at {path}: run dotnet restore.");
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }
        return path;
    }
}

/// <summary>A fact that needs the Bicep CLI of the package restored here, which exists for Linux x64 only.</summary>
public sealed class BicepFactAttribute : FactAttribute
{
    public BicepFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Skip = "The Bicep CLI package restored here is for Linux x64 only.";
        }
    }
}
