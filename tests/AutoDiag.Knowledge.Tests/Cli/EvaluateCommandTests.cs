using AutoDiag.Knowledge.Tests.Support;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Tests.Themes.Evaluation;
using AutoDiag.Knowledge.Themes;
using Moq;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>The documented command: <c>dotnet run --project knowledge/AutoDiag.Knowledge.Cli -- evaluate FILE</c>.</summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("evaluate-").FullName, "tiny.jsonl");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [Fact]
    public async Task PrintsOneJsonObjectWithTheHandComputedMetrics()
    {
        // The five lines and predictions of CategorizationEvaluatorTests.HandComputed, where the numbers are derived.
        var cases = CategorizationEvaluatorTests.HandComputed;
        await File.WriteAllLinesAsync(_path, cases.Select(c => JsonSerializer.Serialize(new { text = c.Labelled.Text, themes = c.Labelled.ThemeIds })));
        var categorizer = new Mock<IThemeCategorizer>();
        foreach (var (labelled, predicted) in cases)
        {
            categorizer.Setup(c => c.Categorize(labelled.Text)).Returns(new ThemeCategorization(
                predicted.Select(id => new ThemeScore(id, 0.9, [id])).ToList(), ReportsNoDifficulty: false));
        }

        var output = new StringWriter();
        var command = new EvaluateCommand(() => categorizer.Object, () => throw new InvalidOperationException("not asked for"));
        var exitCode = await CommandLine.RunAsync(["evaluate", _path], output, new StringWriter(), [command]);

        Assert.Equal(0, exitCode);
        var json = JsonNode.Parse(output.ToString())!.AsObject();
        Assert.Equal(
            ["count", "microF1", "macroF1", "perTheme", "mainThemeAccuracy", "top1Precision", "noThemeShare", "loadMs", "textsPerSecond"],
            json.Select(property => property.Key));
        Assert.Equal(5, (int)json["count"]!);
        Assert.Equal(0.7273, (double)json["microF1"]!);
        Assert.Equal(0.6667, (double)json["macroF1"]!);
        Assert.Equal(0.4, (double)json["mainThemeAccuracy"]!);
        Assert.Equal(0.6, (double)json["top1Precision"]!);
        Assert.Equal(0.4, (double)json["noThemeShare"]!);
        Assert.True((double)json["loadMs"]! >= 0);
        Assert.True((double)json["textsPerSecond"]! > 0);
        var perTheme = json["perTheme"]!.AsObject();
        Assert.Equal(10, perTheme.Count);
        Assert.Equal(
            """{"precision":0,"recall":0,"f1":0,"support":1}""",
            perTheme["mobilite"]!.ToJsonString());
        Assert.Equal(
            """{"precision":1,"recall":1,"f1":1,"support":1}""",
            perTheme["sante"]!.ToJsonString());
    }

    [Fact]
    public async Task TheDefaultCategorizerEvaluatesTheDevSet()
    {
        var dev = Path.Combine(RepositoryPaths.Root(), "tests", "AutoDiag.Knowledge.Tests", "Data", "dev.jsonl");
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["evaluate", dev], output, new StringWriter());

        Assert.Equal(0, exitCode);
        var json = JsonNode.Parse(output.ToString())!.AsObject();
        Assert.Equal(300, (int)json["count"]!);
        Assert.True((double)json["top1Precision"]! >= 0.85, output.ToString());
        Assert.True((double)json["macroF1"]! >= 0.70, output.ToString());
    }

    [Fact]
    public async Task BaselineEvaluatesTheKeywordCategorizer()
    {
        await File.WriteAllTextAsync(_path, """{"text": "pas de TAD le dimanche", "themes": ["mobilite"]}""");
        var output = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["evaluate", _path, "--baseline"], output, new StringWriter()));
        Assert.Equal(1.0, (double)JsonNode.Parse(output.ToString())!["top1Precision"]!);
    }

    [Fact]
    public async Task ErrorsListsTheTextsNotCategorisedAsLabelled()
    {
        await File.WriteAllTextAsync(_path, """{"text": "bonjour", "themes": ["sante"]}""");
        var error = new StringWriter();

        await CommandLine.RunAsync(["evaluate", _path, "--baseline", "--errors"], new StringWriter(), error);

        Assert.Equal("""{"text":"bonjour","themes":["sante"],"predicted":[]}""", error.ToString().Trim());
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "missing.jsonl")]
    [InlineData("evaluate", "x.jsonl", "--verbose")]
    public async Task WrongArgumentsPrintTheUsage(params string[] args)
    {
        var error = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(args, new StringWriter(), error));
        Assert.Contains("autodiag-knowledge evaluate FICHIER.jsonl", error.ToString());
    }

    [Fact]
    public async Task AnInvalidFileFailsWithTheLineInError()
    {
        await File.WriteAllTextAsync(_path, """{"text": "x", "themes": ["transport"]}""");
        var error = new StringWriter();

        Assert.Equal(1, await CommandLine.RunAsync(["evaluate", _path], new StringWriter(), error));
        Assert.Contains("line 1 has an unknown theme id 'transport'", error.ToString());
    }
}
