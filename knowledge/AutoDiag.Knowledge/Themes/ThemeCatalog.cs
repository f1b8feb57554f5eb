using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// The ten themes of the taxonomy, in reference order, read from a JSON file so that a consultant can rename
/// labels without a rebuild.
/// </summary>
public sealed class ThemeCatalog
{
    /// <summary>Number of themes of the reference taxonomy (shared/spec/themes.md).</summary>
    public const int ExpectedThemeCount = 10;

    private readonly Dictionary<string, Theme> _byId;

    private ThemeCatalog(IReadOnlyList<Theme> themes)
    {
        All = themes;
        Main = themes.Where(theme => theme.IsMain).ToList();
        _byId = themes.ToDictionary(theme => theme.Id, StringComparer.Ordinal);
    }

    /// <summary>Every theme, in reference order.</summary>
    public IReadOnlyList<Theme> All { get; }

    /// <summary>The main themes (<see cref="Theme.IsMain"/>), in reference order.</summary>
    public IReadOnlyList<Theme> Main { get; }

    /// <summary>The theme with this id.</summary>
    /// <exception cref="KeyNotFoundException">No theme has this id.</exception>
    public Theme Get(string id) =>
        TryGet(id, out var theme)
            ? theme
            : throw new KeyNotFoundException(
                $"Unknown theme id '{id}'. Known ids: {string.Join(", ", All.Select(t => t.Id))}.");

    public bool TryGet(string id, [MaybeNullWhen(false)] out Theme theme)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out theme);
    }

    /// <summary>Loads and validates a catalog file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid catalog; the message says why.</exception>
    public static ThemeCatalog Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Theme catalog not found: '{path}'.", path);
        }

        List<Theme>? themes;
        try
        {
            themes = JsonSerializer.Deserialize(File.ReadAllText(path), DataFileJsonContext.Default.ListTheme);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"Theme catalog '{path}' is not valid: {exception.Message}", exception);
        }

        Validate(themes, path);
        return new ThemeCatalog(themes);
    }

    /// <summary>Loads Data/themes.json from the application directory, where the build copies it.</summary>
    public static ThemeCatalog LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "Data", "themes.json"));

    private static void Validate([NotNull] List<Theme>? themes, string path)
    {
        if (themes is null)
        {
            throw Invalid(path, "the file must contain a JSON array of themes, not null.");
        }

        if (themes.Count != ExpectedThemeCount)
        {
            throw Invalid(path, $"expected {ExpectedThemeCount} themes, found {themes.Count}.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < themes.Count; index++)
        {
            var theme = themes[index];
            var where = $"theme #{index + 1}";
            if (theme is null)
            {
                throw Invalid(path, $"{where} is null.");
            }

            RequireText(theme.Id, "id", where, path);
            where = $"theme '{theme.Id}'";
            if (!ids.Add(theme.Id))
            {
                throw Invalid(path, $"duplicate theme id '{theme.Id}'.");
            }

            RequireText(theme.Label, "label", where, path);
            RequireText(theme.ShortLabel, "shortLabel", where, path);
            RequireText(theme.Description, "description", where, path);
            RequireText(theme.Icon, "icon", where, path);
            if (theme.Keywords.Any(string.IsNullOrWhiteSpace))
            {
                throw Invalid(path, $"{where} has an empty keyword.");
            }
        }
    }

    private static void RequireText(string? value, string property, string where, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(path, $"{where} has an empty '{property}'.");
        }
    }

    private static InvalidDataException Invalid(string path, string reason) =>
        new($"Theme catalog '{path}' is not valid: {reason}");
}
