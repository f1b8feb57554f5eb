using System.Text.Json;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>What the harness recorded of a conversation (<c>transcript.json</c> in its output folder).</summary>
public static class PlaygroundTranscript
{
    /// <summary>
    /// The pages the conversation opened, by the title of the button clicked: a click on an Action.OpenUrl opens a
    /// popup, whose URL the harness records (<c>steps[].sent.popup</c>) before closing it.
    /// </summary>
    public static IReadOnlyDictionary<string, Uri> OpenedLinks(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, "transcript.json");
        using var transcript = JsonDocument.Parse(File.ReadAllText(path));
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var step in transcript.RootElement.GetProperty("steps").EnumerateArray())
        {
            if (step.GetProperty("kind").GetString() == "click"
                && step.TryGetProperty("sent", out var sent) && sent.ValueKind == JsonValueKind.Object
                && sent.TryGetProperty("popup", out var popup) && popup.GetString() is { Length: > 0 } url)
            {
                links[step.GetProperty("step").GetProperty("click").GetString()!] = new Uri(url);
            }
        }
        return links;
    }
}
