using System.Text.Encodings.Web;
using System.Text.Json;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Cli;

/// <summary>
/// <c>categorize TEXT</c>: prints what the trained categoriser makes of one text (items, themes, confidences,
/// evidence) as JSON, to look at its behaviour by hand.
/// </summary>
public sealed class CategorizeCommand : ICommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "categorize";

    public string Usage => "\"TEXTE\"";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count != 1)
        {
            return 2;
        }

        var result = LocalThemeCategorizer.LoadDefault().Categorize(args[0]);
        await output.WriteLineAsync(JsonSerializer.Serialize(result, JsonOptions));
        return 0;
    }
}
