using System.IO.Compression;
using System.Text.Json.Nodes;
using AutoDiag.Deployment.Tests.Support;

namespace AutoDiag.Deployment.Tests.Teams;

/// <summary>
/// deploymentTemplates/teams/package.sh, run as a person would (bash), into a temporary folder. The first run with the
/// schema check compiles teams/validate-manifest.cs (≈ 10 s); the tests of this class run one after the other.
/// </summary>
public sealed class PackageScriptTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("autodiag-teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Package_HoldsExactlyTheManifestAndIcons_WithTheBotIdFilledIn()
    {
        var output = Path.Combine(_folder, "out", "autodiag-social.zip");
        var result = Package("--bot-id", TeamsManifest.FakeBotId, "--bot-domain", TeamsManifest.FakeBotDomain,
            "--developer-name", "CC Flandre Lys", "--output", output);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());

        var manifest = ReadManifest(zip);
        Assert.Equal(TeamsManifest.FakeBotId, (string?)manifest["id"]);
        Assert.Equal(TeamsManifest.FakeBotId, (string?)manifest["bots"]?[0]?["botId"]);
        Assert.Equal([TeamsManifest.FakeBotDomain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("CC Flandre Lys", (string?)manifest["developer"]?["name"]);
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
        var problems = TeamsManifest.Validate(manifest);
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var stream = zip.GetEntry(icon)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(File.ReadAllBytes(RepositoryPaths.InTeams(icon)), copy.ToArray());
        }
    }

    [Fact]
    public void WithoutDomain_AndWithItsOwnAppId_TheManifestStaysValid()
    {
        var appId = "5c0ffee0-1234-4abc-8def-0123456789ab";
        var output = Path.Combine(_folder, "package.zip");
        var result = Package("--bot-id", TeamsManifest.FakeBotId, "--app-id", appId, "--version", "1.2.3",
            "--output", output, "--no-schema-check");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var zip = ZipFile.OpenRead(output);
        var manifest = ReadManifest(zip);
        Assert.Equal(appId, (string?)manifest["id"]);
        Assert.Equal(TeamsManifest.FakeBotId, (string?)manifest["bots"]?[0]?["botId"]);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Empty(manifest["validDomains"]!.AsArray());
        var problems = TeamsManifest.Validate(manifest);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("--bot-id", "not-a-guid")]
    [InlineData("--bot-id", "0b1f6c2e-5d4a-4e8b-9c3d-2a7f1e6b8d90", "--bot-domain", "https://autodiag.azurewebsites.net/api")]
    [InlineData("--bot-id", "0b1f6c2e-5d4a-4e8b-9c3d-2a7f1e6b8d90", "--privacy-url", "http://example.org/privacy")]
    [InlineData("--bot-domain", "autodiag.azurewebsites.net")]
    public void BadArguments_AreRefused_AndNoPackageIsWritten(params string[] arguments)
    {
        var output = Path.Combine(_folder, "refused.zip");
        File.WriteAllText(output, "an older package");
        var result = Package([.. arguments, "--output", output, "--no-schema-check"]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("package.sh:", result.StandardError);
        Assert.Equal("an older package", File.ReadAllText(output)); // refused before anything is written
    }

    [Fact]
    public void AManifestTheSchemaRefuses_StopsThePackage()
    {
        // The script's own checks let a 2 100-character address through; the schema allows 2 048.
        var output = Path.Combine(_folder, "refused.zip");
        File.WriteAllText(output, "an older package");
        var result = Package("--bot-id", TeamsManifest.FakeBotId,
            "--website-url", "https://example.org/" + new string('a', 2100), "--output", output);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("/developer/websiteUrl", result.StandardError);
        Assert.False(File.Exists(output), "A package was left although the manifest is invalid.");
    }

    private ProcessResult Package(params string[] arguments) =>
        Processes.Run("bash", [RepositoryPaths.InTeams("package.sh"), .. arguments], _folder, Timeout);

    private static JsonObject ReadManifest(ZipArchive zip)
    {
        using var stream = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!.AsObject();
    }
}
