namespace AutoDiag.Knowledge.Pistes;

/// <summary>An orientation or action another territory adopted, as found by <see cref="PisteSearch"/>.</summary>
/// <param name="Text">As written in the fiche.</param>
/// <param name="Kind">Orientation or action.</param>
/// <param name="Territory">The territory whose fiche it comes from.</param>
/// <param name="Axis">Title of the axis it belongs to.</param>
/// <param name="Themes">Theme ids of that axis.</param>
/// <param name="Score">BM25 relevance to the query; only comparable within one search.</param>
public sealed record Piste(string Text, PisteKind Kind, string Territory, string Axis, IReadOnlyList<string> Themes, float Score)
{
    private static readonly string[] LeadingArticles = ["Des ", "Les ", "Le ", "La ", "L'", "L’", "Un ", "Une "];

    /// <summary>
    /// « CC du Haut Allier — aides à l'obtention du permis de conduire »: the territory, then the text without its
    /// leading article, first letter in lower case (unless it starts an acronym) and final full stop.
    /// </summary>
    public string Citation => Cite(Territory, Text);

    /// <summary>The same for an orientation of the fiche synthèse, which carries its territory and text apart.</summary>
    public static string Cite(string territory, string text) => $"{territory} — {CitationText(text)}";

    /// <summary>
    /// The text as cited: without its leading article, capital (unless an acronym) and final full stop. The fiches' text
    /// (Data/Fiches/fiches.json) has plain spaces before « : ; ? ! » and inside guillemets: they are made non-breaking.
    /// </summary>
    public static string CitationText(string text)
    {
        var cited = text.Trim().TrimEnd('.', ',', ' ');
        foreach (var article in LeadingArticles)
        {
            if (cited.Length > article.Length && cited.StartsWith(article, StringComparison.Ordinal))
            {
                cited = cited[article.Length..];
                break;
            }
        }

        var acronym = cited.Length > 1 && char.IsUpper(cited[0]) && char.IsUpper(cited[1]);
        return WithNonBreakingSpaces(acronym || cited.Length == 0 ? cited : char.ToLowerInvariant(cited[0]) + cited[1..]);
    }

    private static string WithNonBreakingSpaces(string text) => text
        .Replace(" :", "\u00A0:", StringComparison.Ordinal)
        .Replace(" ;", "\u00A0;", StringComparison.Ordinal)
        .Replace(" ?", "\u00A0?", StringComparison.Ordinal)
        .Replace(" !", "\u00A0!", StringComparison.Ordinal)
        .Replace("« ", "«\u00A0", StringComparison.Ordinal)
        .Replace(" »", "\u00A0»", StringComparison.Ordinal);
}
