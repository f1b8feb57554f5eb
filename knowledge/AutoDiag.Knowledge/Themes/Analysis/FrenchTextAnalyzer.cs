namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// The analysis every categorised text goes through: French words with folded, stemmed keys
/// (see <see cref="FrenchText"/>), each abbreviation followed by what it stands for.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FrenchTextAnalyzer(AbbreviationTable abbreviations)
{
    /// <summary>Loads Data/abbreviations.json from the application directory.</summary>
    public static FrenchTextAnalyzer LoadDefault() => new(AbbreviationTable.LoadDefault());

    public IReadOnlyList<TextToken> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return abbreviations.Expand(FrenchText.Tokenize(text));
    }
}
