using System.Text.Json;

namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>
/// The abbreviations élus use (« PA », « TAD », « ML », « ado », « pb »), read from Data/abbreviations.json so that
/// a consultant can add one without a rebuild.
/// </summary>
public sealed class AbbreviationTable
{
    private readonly Dictionary<string, IReadOnlyList<TextToken>> _byCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<TextToken>> _byFolded = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">An abbreviation is given twice, or one of its forms contains no word.</exception>
    public AbbreviationTable(IEnumerable<Abbreviation> abbreviations)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        foreach (var abbreviation in abbreviations)
        {
            var shortTokens = FrenchText.Tokenize(abbreviation.Short);
            var expansion = FrenchText.Tokenize(abbreviation.Long);
            if (shortTokens.Count != 1 || expansion.Count == 0)
            {
                throw new ArgumentException(
                    $"The abbreviation '{abbreviation.Short}' must be one word and stand for at least one word.",
                    nameof(abbreviations));
            }

            var added = abbreviation.MatchCase
                ? _byCase.TryAdd(shortTokens[0].Surface, expansion)
                : _byFolded.TryAdd(shortTokens[0].Folded, expansion);
            if (!added)
            {
                throw new ArgumentException($"The abbreviation '{abbreviation.Short}' is given twice.", nameof(abbreviations));
            }
        }
    }

    /// <summary>Loads an abbreviation file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid abbreviation list; the message says why.</exception>
    public static AbbreviationTable Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Abbreviation file not found: '{path}'.", path);
        }

        try
        {
            var abbreviations = JsonSerializer.Deserialize(File.ReadAllText(path), DataFileJsonContext.Default.ListAbbreviation)
                ?? throw new InvalidDataException($"Abbreviation file '{path}' must contain a JSON array, not null.");
            return new AbbreviationTable(abbreviations);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            throw new InvalidDataException($"Abbreviation file '{path}' is not valid: {exception.Message}", exception);
        }
    }

    /// <summary>Loads Data/abbreviations.json from the application directory, where the build copies it.</summary>
    public static AbbreviationTable LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Data", "abbreviations.json"));

    /// <summary>
    /// Replaces each abbreviation by the words it stands for, placed on the abbreviation in the original text, so
    /// that « TAD » meets « transport à la demande » and evidence still shows « TAD ».
    /// </summary>
    public List<TextToken> Expand(List<TextToken> tokens)
    {
        List<TextToken>? expanded = null;
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (!_byCase.TryGetValue(token.Surface, out var expansion) && !_byFolded.TryGetValue(token.Folded, out expansion))
            {
                expanded?.Add(token);
                continue;
            }

            // Most texts have no abbreviation: copy only from the first one on.
            expanded ??= tokens.GetRange(0, index);
            foreach (var word in expansion)
            {
                expanded.Add(word with { Start = token.Start, End = token.End });
            }
        }

        return expanded ?? tokens;
    }
}
