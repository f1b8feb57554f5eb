using System.Text.Json;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>What the harness recorded of a conversation (<c>transcript.json</c> in its output folder).</summary>
public static class PlaygroundTranscript
{
    /// <summary>
    /// The pages the conversation opened, by the title of the button clicked. A click on an Action.OpenUrl opens a
    /// popup whose URL the harness records (<c>popups</c>, in the order they opened). It also attaches the URL to
    /// the click it saw it during, but on a loaded machine a slow popup lands on the next click: so the clicks on
    /// <paramref name="linkTitles"/> and the popups are paired in order, and there must be as many of each.
    /// </summary>
    public static IReadOnlyDictionary<string, Uri> OpenedLinks(string outputDirectory, IReadOnlyCollection<string> linkTitles)
    {
        var path = Path.Combine(outputDirectory, "transcript.json");
        using var transcript = JsonDocument.Parse(File.ReadAllText(path));
        var root = transcript.RootElement;
        var clicked = root.GetProperty("steps").EnumerateArray()
            .Where(step => step.GetProperty("kind").GetString() == "click")
            .Select(step => step.GetProperty("step").GetProperty("click").GetString()!)
            .Where(linkTitles.Contains)
            .ToList();
        var popups = root.GetProperty("popups").EnumerateArray()
            .OrderBy(p => p.GetProperty("atMs").GetDouble())
            .Select(p => p.GetProperty("url").GetString())
            .Where(url => !string.IsNullOrEmpty(url))
            .ToList();
        Assert.True(
            clicked.Count == popups.Count,
            $"{clicked.Count} links clicked ({string.Join(", ", clicked)}) but {popups.Count} pages opened: {string.Join(", ", popups)}");
        return clicked.Zip(popups).ToDictionary(pair => pair.First, pair => new Uri(pair.Second!), StringComparer.Ordinal);
    }
}
