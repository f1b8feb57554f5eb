using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Interview.Recognition;

/// <summary>Which of the élu's communes a message is about, when it names one: « la pharmacie de La Gorgue ferme le samedi ».</summary>
public static class CommuneMention
{
    /// <summary>The one commune of <paramref name="communes"/> named in <paramref name="text"/>; null when none or several are.</summary>
    public static CommuneRef? NamedIn(string? text, IReadOnlyList<CommuneRef> communes)
    {
        // Whole words only: « Estaires » is not in « estairesville ».
        var words = $" {Words(text)} ";
        var named = communes.Where(c => Words(c.Name) is { Length: > 0 } name && words.Contains($" {name} ", StringComparison.Ordinal)).Take(2).ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static string Words(string? text) => string.Join(' ', TypedText.Words(text));
}
