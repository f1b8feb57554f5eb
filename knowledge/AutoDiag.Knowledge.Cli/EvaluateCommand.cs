using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Evaluation;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>evaluate FILE.jsonl [--baseline] [--errors]</c>: categorises every labelled text of the file (format of
/// shared/spec/themes.md) and prints one JSON object: count, microF1, macroF1, perTheme, mainThemeAccuracy,
/// top1Precision, noThemeShare, loadMs (building the categoriser, training included) and textsPerSecond (one thread,
/// after a warm-up pass). <c>--baseline</c> measures the keyword categoriser
/// instead of the trained one; <c>--errors</c> lists the texts not categorised exactly as labelled on the error
/// output.
/// </summary>
public sealed class EvaluateCommand(Func<IThemeCategorizer> loadCategorizer, Func<IThemeCategorizer> loadBaseline)
    : ICommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Accents and guillemets stay readable in the error listing.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public EvaluateCommand()
        : this(LocalThemeCategorizer.LoadDefault, () => new KeywordThemeCategorizer(ThemeCatalog.LoadDefault()))
    {
    }

    public string Name => "evaluate";

    public string Usage => "FICHIER.jsonl [--baseline] [--errors]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count < 1 || args.Skip(1).Any(arg => arg is not ("--baseline" or "--errors")))
        {
            return 2;
        }

        if (!File.Exists(args[0]))
        {
            await error.WriteLineAsync($"Fichier introuvable : {args[0]}");
            return 2;
        }

        var catalog = ThemeCatalog.LoadDefault();
        IReadOnlyList<LabelledText> texts;
        try
        {
            texts = LabelledTextFile.Read(args[0], catalog);
        }
        catch (InvalidDataException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var categorizer = args.Contains("--baseline") ? loadBaseline() : loadCategorizer();
        var loadMs = clock.Elapsed.TotalMilliseconds;

        // A first, untimed pass lets the JIT reach optimised code: textsPerSecond is the steady-state rate.
        Predict(categorizer, texts);
        clock.Restart();
        var predicted = Predict(categorizer, texts);
        var seconds = clock.Elapsed.TotalSeconds;

        if (args.Contains("--errors"))
        {
            await WriteErrorsAsync(texts, predicted, error);
        }

        var report = CategorizationEvaluator.Evaluate(catalog, texts, predicted);
        var perTheme = new JsonObject();
        foreach (var (id, metrics) in report.PerTheme)
        {
            perTheme[id] = new JsonObject
            {
                ["precision"] = Round(metrics.Precision),
                ["recall"] = Round(metrics.Recall),
                ["f1"] = Round(metrics.F1),
                ["support"] = metrics.Support,
            };
        }

        var json = new JsonObject
        {
            ["count"] = report.Count,
            ["microF1"] = Round(report.MicroF1),
            ["macroF1"] = Round(report.MacroF1),
            ["perTheme"] = perTheme,
            ["mainThemeAccuracy"] = Round(report.MainThemeAccuracy),
            ["top1Precision"] = Round(report.Top1Precision),
            ["noThemeShare"] = Round(report.NoThemeShare),
            ["loadMs"] = Math.Round(loadMs, 1),
            ["textsPerSecond"] = Math.Round(seconds > 0 ? texts.Count / seconds : 0),
        };
        await output.WriteLineAsync(json.ToJsonString(JsonOptions));
        return 0;
    }

    private static List<IReadOnlyList<string>> Predict(IThemeCategorizer categorizer, IReadOnlyList<LabelledText> texts) =>
        texts
            .Select(text => (IReadOnlyList<string>)categorizer.Categorize(text.Text).Themes.Select(t => t.ThemeId).ToList())
            .ToList();

    private static async Task WriteErrorsAsync(
        IReadOnlyList<LabelledText> texts, IReadOnlyList<IReadOnlyList<string>> predicted, TextWriter error)
    {
        var compact = new JsonSerializerOptions(JsonOptions) { WriteIndented = false };
        for (var index = 0; index < texts.Count; index++)
        {
            if (!texts[index].ThemeIds.SequenceEqual(predicted[index]))
            {
                var line = new JsonObject
                {
                    ["text"] = texts[index].Text,
                    ["themes"] = new JsonArray([.. texts[index].ThemeIds.Select(id => JsonValue.Create(id))]),
                    ["predicted"] = new JsonArray([.. predicted[index].Select(id => JsonValue.Create(id))]),
                };
                await error.WriteLineAsync(line.ToJsonString(compact));
            }
        }
    }

    private static double Round(double value) => Math.Round(value, 4);
}
