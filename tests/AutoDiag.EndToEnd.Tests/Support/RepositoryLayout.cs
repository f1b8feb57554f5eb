using System.Reflection;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>Where the repository, the bot's build output, the conversation scripts and the harness are.</summary>
public static class RepositoryLayout
{
    public const string HarnessVariable = "AUTODIAG_PLAYGROUND_HARNESS";
    public const string DefaultHarness = "/tmp/autodiag-teams-playground";

    private static string InstallHint(string harness) =>
        $"Run ./test.sh (it installs the harness), or tests/e2e/install-harness.sh {harness} before dotnet test.";

    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the bot is taken from the same configuration as this test assembly.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
        ?? throw new InvalidOperationException("The test assembly has no AssemblyConfigurationAttribute.");

    public static string BotOutputDirectory => Path.Combine(Root, "bot", "bin", Configuration, "net10.0");

    public static string BotAssembly
    {
        get
        {
            var path = Path.Combine(BotOutputDirectory, "AutoDiag.Bot.dll");
            if (!File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The bot is not built: {path} is missing. Build the solution (dotnet build AutoDiag.slnx -c {Configuration}).");
            }
            return path;
        }
    }

    public static string Script(string name) => Path.Combine(Root, "tests", "e2e", "scripts", name);

    /// <summary>The browser the harness drives: $CHROMIUM_PATH, else Debian's.</summary>
    public static string Chromium =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";

    /// <summary>
    /// The installed harness (<c>converse.mjs</c> and its npm packages), with Chromium. Fails, never skips,
    /// when something is missing: an end-to-end test that silently does not run is worse than a red one.
    /// </summary>
    public static string Harness()
    {
        var variable = Environment.GetEnvironmentVariable(HarnessVariable);
        var harness = string.IsNullOrWhiteSpace(variable) ? DefaultHarness : variable;

        var missing = new List<string>();
        if (!File.Exists(Path.Combine(harness, "converse.mjs")))
        {
            missing.Add($"{harness}/converse.mjs");
        }
        foreach (var package in new[] { "@microsoft/m365agentsplayground", "playwright-core" })
        {
            if (!File.Exists(Path.Combine(harness, "node_modules", package, "package.json")))
            {
                missing.Add($"{harness}/node_modules/{package}");
            }
        }
        if (!File.Exists(Chromium))
        {
            missing.Add($"chromium ({Chromium})");
        }
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The Teams playground harness is not installed ({HarnessVariable}={harness}); missing: {string.Join(", ", missing)}. {InstallHint(harness)}");
        }

        // A copy made by hand from ../shared lacks our fix for expanded ChoiceSets (tests/e2e/patch-harness.mjs):
        // its `fill` of the communes card would wait 30 s and fail. Say so at once.
        var driver = File.ReadAllText(Path.Combine(harness, "converse.mjs"));
        if (driver.Contains("getByRole('checkbox', { name: o.label, exact: true })", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The harness in {harness} does not have the fix for expanded ChoiceSets (tests/e2e/patch-harness.mjs). {InstallHint(harness)}");
        }
        // Likewise for the later fixes (ShowCard inputs and clicks, Input.Date, Action.OpenUrl, hidden suggestions): each leaves its marker.
        var probe = File.ReadAllText(Path.Combine(harness, "lib", "page-probe.js"));
        var missingFixes = PatchMarkers
            .Where(m => !(m.File == "converse.mjs" ? driver : probe).Contains($"/* autodiag-e2e: {m.Fix} fix */", StringComparison.Ordinal))
            .Select(m => m.Fix)
            .Distinct()
            .ToList();
        if (missingFixes.Count > 0)
        {
            throw new InvalidOperationException(
                $"The harness in {harness} lacks fixes of tests/e2e/patch-harness.mjs: {string.Join(", ", missingFixes)}. {InstallHint(harness)}");
        }
        return harness;
    }

    /// <summary>The markers tests/e2e/patch-harness.mjs leaves in the harness, by file.</summary>
    private static readonly (string File, string Fix)[] PatchMarkers =
    [
        ("converse.mjs", "ShowCard inputs"),
        ("lib/page-probe.js", "ShowCard inputs"),
        ("converse.mjs", "Input.Date"),
        ("lib/page-probe.js", "OpenUrl button"),
        ("converse.mjs", "popup URL"),
        ("converse.mjs", "ShowCard click"),
        ("converse.mjs", "hidden suggestion"),
    ];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AutoDiag.slnx")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No AutoDiag.slnx above {AppContext.BaseDirectory}.");
    }
}
