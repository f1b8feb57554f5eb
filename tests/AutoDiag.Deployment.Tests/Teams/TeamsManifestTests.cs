using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoDiag.Deployment.Tests.Support;

namespace AutoDiag.Deployment.Tests.Teams;

/// <summary>deploymentTemplates/teams/manifest.json against the Teams schema, and what it offers the élus.</summary>
public sealed partial class TeamsManifestTests
{
    private const char Nbsp = '\u00A0';
    private const char NarrowNbsp = '\u202F';

    [Fact]
    public void SchemaUrl_AndManifestVersion_AreThoseOfTheVendoredSchema()
    {
        var manifest = TeamsManifest.Committed;
        var version = (string?)manifest["manifestVersion"];
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(version, (string?)TeamsManifest.SchemaDocument["properties"]?["manifestVersion"]?["const"]);
    }

    [Fact]
    public void VendoredSchema_HasNoDraft04OnlyConstruct_SoReadingItAsDraft07LosesNothing()
    {
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)TeamsManifest.SchemaDocument["$schema"]);
        Assert.Empty(TeamsManifest.Draft04OnlyKeywords());
    }

    [Fact]
    public void FilledManifest_IsValid()
    {
        var problems = TeamsManifest.Validate(TeamsManifest.Filled());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void CommittedManifest_WithItsPlaceholders_IsRejected()
    {
        var problems = TeamsManifest.Validate(TeamsManifest.Committed);
        Assert.Contains(problems, p => p.StartsWith("/id:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/bots/0/botId:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("/developer/websiteUrl:", StringComparison.Ordinal));
    }

    public static TheoryData<string, string> Breakages => new()
    {
        { "no developer", "/" },
        { "unknown property", "/botName" },
        { "manifest version 1.3", "/manifestVersion" },
        { "short name of 31 characters", "/name/short" },
        { "short description of 81 characters", "/description/short" },
        { "bot id not a GUID", "/bots/0/botId" },
        { "unknown bot scope", "/bots/0/scopes/0" },
        { "two bots", "/bots" },
        { "command title of 129 characters", "/bots/0/commandLists/0/commands/0/title" },
        { "accent colour by name", "/accentColor" },
        { "schema address not a URI", "/$schema" },
        { "language tag with spaces", "/localizationInfo/defaultLanguageTag" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void BrokenManifest_IsRejected_AtTheRightPlace(string breakage, string where)
    {
        var manifest = TeamsManifest.Filled();
        Break(manifest, breakage);
        var problems = TeamsManifest.Validate(manifest);
        Assert.True(
            problems.Any(p => p.StartsWith(where + ":", StringComparison.Ordinal)),
            $"« {breakage} » should fail at {where}; the schema said:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Bot_IsOfferedInPersonalChats_Teams_AndGroupChats()
    {
        var bot = Assert.Single(TeamsManifest.Committed["bots"]!.AsArray())!;
        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], Strings(bot["scopes"]));
        Assert.False((bool?)bot["isNotificationOnly"] ?? false);
    }

    [Fact]
    public void PersonalCommands_AreTenAtMost_StartingWithTheÉlusOnes()
    {
        var titles = Titles("personal");
        // Teams shows at most 10 commands per scope (the v1.30 schema allows 12; the client does not).
        Assert.InRange(titles.Count, 1, 10);
        Assert.Equal(["reprendre", "récap", "pause", "aide"], titles.Take(4));
        foreach (var consultant in new[] { "vue d’ensemble", "fiche synthèse", "exporter", "inviter" })
        {
            Assert.Contains(consultant, titles);
        }
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Fact]
    public void GroupCommands_AreOnlyHelp_SinceAnswersAreCollectedInPersonalChats()
    {
        var lists = CommandLists().Where(l => !Strings(l["scopes"]).Contains("personal")).ToList();
        var list = Assert.Single(lists);
        Assert.Equal(["team", "groupChat"], Strings(list["scopes"]));
        Assert.Equal(["aide"], Titles("team"));
    }

    [Fact]
    public void EveryCommandTitle_IsACommandTheBotRecognises()
    {
        // Picking a command in Teams sends its title as the message. Read from the recognizer's source rather than by
        // referencing the bot, so that this project builds alone; if the recognizer moves, update the path here.
        var source = File.ReadAllText(RepositoryPaths.InRepository(
            "dialogs", "AutoDiag.Interview", "Recognition", "UserCommandRecognizer.cs"));
        var words = RecognizerEntry().Matches(source).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.True(words.Count > 10, "UserCommandRecognizer's word table was not found.");

        foreach (var title in CommandLists().SelectMany(l => l["commands"]!.AsArray()).Select(c => (string)c!["title"]!))
        {
            Assert.True(words.TryGetValue(Normalize(title), out var command), $"The bot does not recognise the command « {title} ».");
            Assert.NotEqual("Unknown", command);
        }
    }

    [Fact]
    public void EveryCommand_HasADescription()
    {
        foreach (var command in CommandLists().SelectMany(l => l["commands"]!.AsArray()))
        {
            var description = (string?)command!["description"];
            Assert.False(string.IsNullOrWhiteSpace(description), $"« {command["title"]} » has no description.");
            Assert.True(description!.Length <= 128, $"« {command["title"]} »: Teams shows 128 characters of a command's description.");
        }
    }

    [Fact]
    public void NamesAndDescriptions_AreFrench_WithinTheirLengths()
    {
        var manifest = TeamsManifest.Committed;
        Assert.Equal("fr-FR", (string?)manifest["localizationInfo"]?["defaultLanguageTag"]);
        Assert.Equal("AutoDiag social", (string?)manifest["name"]?["short"]);
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Contains("élus", (string?)manifest["description"]?["full"]);
    }

    [Fact]
    public void UserFacingTexts_FollowFrenchTypography()
    {
        var problems = new List<string>();
        foreach (var text in UserFacingTexts())
        {
            if (text.Contains('\''))
            {
                problems.Add($"straight apostrophe, use ’: {text}");
            }
            for (var i = 0; i < text.Length; i++)
            {
                var before = i > 0 ? text[i - 1] : '\0';
                var after = i + 1 < text.Length ? text[i + 1] : '\0';
                if (text[i] is ':' or ';' or '!' or '?' or '»' && before is not (Nbsp or NarrowNbsp))
                {
                    problems.Add($"« {text[i]} » without a non-breaking space before it: {text}");
                }
                if (text[i] == '«' && after is not (Nbsp or NarrowNbsp))
                {
                    problems.Add($"« « » without a non-breaking space after it: {text}");
                }
            }
            if (text.Contains('"'))
            {
                problems.Add($"English quotes, use « »: {text}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Icons_AndValidDomains_AreThoseThePackageHolds()
    {
        var manifest = TeamsManifest.Committed;
        Assert.Equal("color.png", (string?)manifest["icons"]?["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]?["outline"]);
        Assert.True(File.Exists(RepositoryPaths.InTeams("color.png")));
        Assert.True(File.Exists(RepositoryPaths.InTeams("outline.png")));
        Assert.Equal(["${{BOT_DOMAIN}}"], Strings(manifest["validDomains"]));
    }

    [Fact]
    public void Placeholders_AreExactlyThosePackageShFills()
    {
        var script = File.ReadAllText(RepositoryPaths.InTeams("package.sh"));
        var filled = Regex.Matches(script, @"\\\$\{\{([A-Z_]+)\}\}").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(
            TeamsManifest.Placeholders(TeamsManifest.Text).Order(),
            filled.Order());
    }

    private static void Break(JsonObject manifest, string breakage)
    {
        switch (breakage)
        {
            case "no developer": manifest.Remove("developer"); break;
            case "unknown property": manifest["botName"] = "AutoDiag"; break;
            case "manifest version 1.3": manifest["manifestVersion"] = "1.3"; break;
            case "short name of 31 characters": manifest["name"]!["short"] = new string('a', 31); break;
            case "short description of 81 characters": manifest["description"]!["short"] = new string('a', 81); break;
            case "bot id not a GUID": manifest["bots"]![0]!["botId"] = "autodiag-bot"; break;
            case "unknown bot scope": manifest["bots"]![0]!["scopes"]![0] = "everyone"; break;
            case "two bots": manifest["bots"]!.AsArray().Add(manifest["bots"]![0]!.DeepClone()); break;
            case "command title of 129 characters": manifest["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"] = new string('a', 129); break;
            case "accent colour by name": manifest["accentColor"] = "blue"; break;
            case "schema address not a URI": manifest["$schema"] = "MicrosoftTeams schema"; break;
            case "language tag with spaces": manifest["localizationInfo"]!["defaultLanguageTag"] = "fr FR"; break;
            default: throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }

    private static IEnumerable<JsonObject> CommandLists() =>
        TeamsManifest.Committed["bots"]![0]!["commandLists"]!.AsArray().Select(l => l!.AsObject());

    private static List<string> Titles(string scope) =>
        CommandLists().Where(l => Strings(l["scopes"]).Contains(scope))
            .SelectMany(l => l["commands"]!.AsArray())
            .Select(c => (string)c!["title"]!)
            .ToList();

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(v => (string)v!).ToList();

    private static IEnumerable<string> UserFacingTexts()
    {
        var manifest = TeamsManifest.Committed;
        yield return (string)manifest["name"]!["short"]!;
        yield return (string)manifest["name"]!["full"]!;
        yield return (string)manifest["description"]!["short"]!;
        yield return (string)manifest["description"]!["full"]!;
        foreach (var command in CommandLists().SelectMany(l => l["commands"]!.AsArray()))
        {
            yield return (string)command!["title"]!;
            yield return (string)command["description"]!;
        }
    }

    /// <summary>As the bot's FrenchText.Normalize: lower case, no accents, apostrophes unified, spaces squeezed.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                '’' or '‘' or '`' => '\'',
                _ when char.IsLetterOrDigit(c) || c == '\'' || c == '/' => char.ToLowerInvariant(c),
                _ => ' ',
            });
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimStart('/');
    }

    [GeneratedRegex(@"\[""([^""]+)""\]\s*=\s*UserCommand\.(\w+)")]
    private static partial Regex RecognizerEntry();
}
