using System.Text.Json;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Pistes;

/// <summary>
/// The twelve fiches of the démarche « Politique sociale intercommunale », read from Data/Fiches/fiches.json and
/// checked: every territory named once, every axis titled, every theme id known.
/// </summary>
public sealed class FicheLibrary
{
    private FicheLibrary(IReadOnlyList<Fiche> fiches) => Fiches = fiches;

    /// <summary>The fiches, in the file's order.</summary>
    public IReadOnlyList<Fiche> Fiches { get; }

    /// <summary>Loads Data/Fiches/fiches.json from the application directory, checking themes against Data/themes.json.</summary>
    public static FicheLibrary LoadDefault() =>
        Load(
            Path.Combine(AppContext.BaseDirectory, "Data", "Fiches", "fiches.json"),
            ThemeCatalog.LoadDefault().All.Select(theme => theme.Id));

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid fiche list; the message says why.</exception>
    public static FicheLibrary Load(string path, IEnumerable<string> themeIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(themeIds);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fiche file not found: '{path}'.", path);
        }

        List<Fiche> fiches;
        try
        {
            fiches = JsonSerializer.Deserialize(File.ReadAllText(path), DataFileJsonContext.Default.ListFiche)
                ?? throw new InvalidDataException($"Fiche file '{path}' must contain a JSON array, not null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Fiche file '{path}' is not valid: {exception.Message}", exception);
        }

        var error = Validate(fiches, themeIds.ToHashSet(StringComparer.Ordinal));
        return error is null
            ? new FicheLibrary(fiches)
            : throw new InvalidDataException($"Fiche file '{path}' is not valid: {error}");
    }

    /// <summary>The fiche of a territory (case-insensitive), or null.</summary>
    public Fiche? Find(string territory) =>
        Fiches.FirstOrDefault(fiche => string.Equals(fiche.Territory, territory, StringComparison.OrdinalIgnoreCase));

    private static string? Validate(List<Fiche> fiches, HashSet<string> themeIds)
    {
        if (fiches.Count == 0)
        {
            return "it contains no fiche.";
        }

        var territories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var fiche in fiches)
        {
            if (string.IsNullOrWhiteSpace(fiche.Territory))
            {
                return "a fiche has no territory.";
            }

            var name = fiche.Territory;
            if (!territories.Add(name.Trim()))
            {
                return $"the territory '{name}' is given twice.";
            }

            if (string.IsNullOrWhiteSpace(fiche.Departement))
            {
                return $"'{name}' has no département.";
            }

            if (fiche.Population is <= 0 || fiche.Communes is <= 0)
            {
                return $"'{name}' has a population or a number of communes that is not positive.";
            }

            if (fiche.PopulationYear is { } year && (year < 1900 || year > DateTime.UtcNow.Year))
            {
                return $"'{name}' has a population year out of range: {year}.";
            }

            if (fiche.Calendar.Any(step => string.IsNullOrWhiteSpace(step.Date) || string.IsNullOrWhiteSpace(step.Event)))
            {
                return $"'{name}' has a calendar step without a date or an event.";
            }

            if (fiche.Axes.Count == 0)
            {
                return $"'{name}' has no axis.";
            }

            foreach (var axis in fiche.Axes)
            {
                if (string.IsNullOrWhiteSpace(axis.Title))
                {
                    return $"'{name}' has an axis without a title.";
                }

                if (axis.Themes.Count == 0)
                {
                    return $"the axis '{axis.Title}' of '{name}' has no theme.";
                }

                if (axis.Themes.FirstOrDefault(id => !themeIds.Contains(id)) is { } unknown)
                {
                    return $"the axis '{axis.Title}' of '{name}' has an unknown theme id '{unknown}'.";
                }

                if (axis.Themes.Distinct(StringComparer.Ordinal).Count() != axis.Themes.Count)
                {
                    return $"the axis '{axis.Title}' of '{name}' lists a theme twice.";
                }

                if (axis.Enjeux.Concat(axis.Orientations).Concat(axis.Actions).Any(string.IsNullOrWhiteSpace))
                {
                    return $"the axis '{axis.Title}' of '{name}' has an empty enjeu, orientation or action.";
                }
            }
        }

        return null;
    }
}
