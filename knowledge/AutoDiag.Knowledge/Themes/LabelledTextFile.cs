using System.Text.Json;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// Reads labelled texts in the JSON Lines format of shared/spec/themes.md:
/// <c>{"text": "…", "themes": ["sante", "mobilite"]}</c>, one object per line, the main theme first.
/// Other properties of a line are ignored; blank lines are skipped.
/// </summary>
public static class LabelledTextFile
{
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is not valid; the message gives its number and why.</exception>
    public static IReadOnlyList<LabelledText> Read(string path, ThemeCatalog catalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Labelled file not found: '{path}'.", path);
        }

        var texts = new List<LabelledText>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                texts.Add(Parse(line, catalog, $"'{path}' line {number}"));
            }
        }

        return texts;
    }

    /// <summary>Every *.jsonl file of a directory, in ordinal order of their names.</summary>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="InvalidDataException">A line is not valid.</exception>
    public static IReadOnlyList<LabelledText> ReadDirectory(string directory, ThemeCatalog catalog)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Labelled data directory not found: '{directory}'.");
        }

        return Directory.GetFiles(directory, "*.jsonl")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => Read(path, catalog))
            .ToList();
    }

    private static LabelledText Parse(string line, ThemeCatalog catalog, string where)
    {
        LabelledLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(line, DataFileJsonContext.Default.LabelledLine);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{where} is not valid: {exception.Message}", exception);
        }

        if (parsed is null || string.IsNullOrWhiteSpace(parsed.Text))
        {
            throw new InvalidDataException($"{where} has no text.");
        }

        foreach (var id in parsed.Themes)
        {
            if (!catalog.TryGet(id, out _))
            {
                throw new InvalidDataException($"{where} has an unknown theme id '{id}'.");
            }
        }

        if (parsed.Themes.Distinct(StringComparer.Ordinal).Count() != parsed.Themes.Count)
        {
            throw new InvalidDataException($"{where} lists a theme twice.");
        }

        return new LabelledText(parsed.Text, parsed.Themes);
    }
}
