using F23.StringSimilarity;

namespace AutoDiag.Knowledge.Territories;

/// <summary>
/// Finds the commune or intercommunalité a user meant from what they typed, tolerating case, accents, separators,
/// « St », an omitted leading article and small typos, and never picking silently between equally close names.
/// </summary>
public sealed class NameMatcher
{
    private const int MinimumPrefixLength = 4;
    private const int MinimumSuggestionLength = 3;
    private const int MaxSuggestions = 5;

    private static readonly Damerau Damerau = new();

    private readonly List<IndexedName> _names;
    private readonly Dictionary<string, List<int>> _byFullKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byAnyKey = new(StringComparer.Ordinal);

    /// <param name="entries">The names users may mean; the order is kept in candidates of equal standing.</param>
    /// <exception cref="ArgumentException">An entry's name contains no letter.</exception>
    public NameMatcher(IEnumerable<NamedEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _names = entries.Select(entry => new IndexedName(entry, PlaceNameNormalizer.Keys(entry.Name))).ToList();
        for (var index = 0; index < _names.Count; index++)
        {
            var name = _names[index];
            if (name.Keys.Count == 0)
            {
                throw new ArgumentException(
                    $"Entry {name.Entry.Id} has a name without letters: '{name.Entry.Name}'.", nameof(entries));
            }

            Add(_byFullKey, name.Keys[0], index);
            foreach (var key in name.Keys)
            {
                Add(_byAnyKey, key, index);
            }
        }
    }

    /// <summary>
    /// Matches one typed name. An exact match (once normalized) always wins; otherwise the closest typos and the
    /// names it begins; several of them make the match ambiguous.
    /// </summary>
    public NameMatch Match(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var keys = PlaceNameNormalizer.Keys(typed);
        if (keys.Count == 0)
        {
            return new NameMatch(NameMatchKind.NotFound, []);
        }

        var exact = ExactMatches(keys);
        if (exact.Count > 0)
        {
            return Found(NameMatchKind.Exact, exact);
        }

        var close = CloseMatches(keys);
        return close.Count > 0
            ? Found(NameMatchKind.Close, close)
            : new NameMatch(NameMatchKind.NotFound, Suggestions(keys));
    }

    /// <summary>
    /// Matches each name of a list typed by the user: « Merville, Estaires et La Gorgue », « merville ; estaires »,
    /// one name a line, or names only separated by spaces when each of them is exact.
    /// </summary>
    public IReadOnlyList<(string Fragment, NameMatch Match)> MatchList(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var results = new List<(string Fragment, NameMatch Match)>();
        foreach (var piece in NameListSplitter.SplitOnSeparators(typed))
        {
            var match = Match(piece);
            // A name typed with « et » between spaces stays whole when it is found as such.
            if (match.Kind is NameMatchKind.Exact or NameMatchKind.Close)
            {
                results.Add((piece, match));
                continue;
            }

            foreach (var part in NameListSplitter.SplitOnConjunction(piece))
            {
                AddWithSegmentation(part, part == piece ? match : Match(part), results);
            }
        }

        return results;
    }

    // A part nothing matches may be several names typed with spaces only (« Merville Estaires »).
    private void AddWithSegmentation(string part, NameMatch match, List<(string Fragment, NameMatch Match)> results)
    {
        var segments = match.Kind == NameMatchKind.NotFound ? SegmentIntoExactNames(part) : null;
        if (segments is null)
        {
            results.Add((part, match));
            return;
        }

        results.AddRange(segments.Select(segment => (segment, Match(segment))));
    }

    // The fewest runs of words that are each an exact name; null when there is no such cut into two runs or more.
    private List<string>? SegmentIntoExactNames(string part)
    {
        var words = NameListSplitter.SplitOnSpaces(part);
        // segmentCount[end]: runs in the best cut of words[..end] (MaxValue: none);
        // lastStart[end]: where the last of those runs starts.
        var segmentCount = new int[words.Count + 1];
        var lastStart = new int[words.Count + 1];
        Array.Fill(segmentCount, int.MaxValue);
        segmentCount[0] = 0;
        for (var end = 1; end <= words.Count; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (segmentCount[start] == int.MaxValue || segmentCount[start] + 1 >= segmentCount[end])
                {
                    continue;
                }

                var keys = PlaceNameNormalizer.Keys(Join(words, start, end));
                if (keys.Count > 0 && ExactMatches(keys).Count > 0)
                {
                    segmentCount[end] = segmentCount[start] + 1;
                    lastStart[end] = start;
                }
            }
        }

        if (segmentCount[words.Count] is int.MaxValue or < 2)
        {
            return null;
        }

        var segments = new List<string>();
        for (var end = words.Count; end > 0; end = lastStart[end])
        {
            segments.Insert(0, Join(words, lastStart[end], end));
        }

        return segments;
    }

    // The full key wins over an article-free one: « Gorgue » is the commune Gorgue if there is one, else La Gorgue.
    private List<NamedEntry> ExactMatches(IReadOnlyList<string> keys)
    {
        if (_byFullKey.TryGetValue(keys[0], out var full))
        {
            return Entries(full);
        }

        return Entries(keys.SelectMany(key => _byAnyKey.GetValueOrDefault(key) ?? []).Distinct().Order());
    }

    // Entries within the typo allowance (only the closest ones), and entries whose name starts with what was typed.
    private List<NamedEntry> CloseMatches(IReadOnlyList<string> keys)
    {
        var typos = new List<(int Index, int Distance)>();
        var prefixes = new List<int>();
        for (var index = 0; index < _names.Count; index++)
        {
            var names = _names[index].Keys;
            if (TypoDistance(keys, names) is { } distance)
            {
                typos.Add((index, distance));
            }

            if (keys.Any(key => key.Length >= MinimumPrefixLength && names.Any(name => IsStrictPrefix(key, name))))
            {
                prefixes.Add(index);
            }
        }

        var closestDistance = typos.Count == 0 ? 0 : typos.Min(typo => typo.Distance);
        var closest = typos.Where(typo => typo.Distance == closestDistance).Select(typo => typo.Index);
        return Entries(closest.Concat(prefixes).Distinct());
    }

    // One typo more than accepted, or a beginning with accepted typos (« Saint-Jean » → Saint-Jans-Cappel).
    private List<NamedEntry> Suggestions(IReadOnlyList<string> keys)
    {
        if (keys.Max(key => key.Length) < MinimumSuggestionLength)
        {
            return [];
        }

        var suggestions = new List<(int Index, int Distance)>();
        for (var index = 0; index < _names.Count; index++)
        {
            var distances = keys
                .Where(key => key.Length >= MinimumSuggestionLength)
                .SelectMany(key => _names[index].Keys.Select(name => SuggestionDistance(key, name)))
                .OfType<int>()
                .ToList();
            if (distances.Count > 0)
            {
                suggestions.Add((index, distances.Min()));
            }
        }

        return Entries(suggestions
            .OrderBy(suggestion => suggestion.Distance)
            .ThenBy(suggestion => suggestion.Index)
            .Take(MaxSuggestions)
            .Select(suggestion => suggestion.Index));
    }

    private static int? TypoDistance(IReadOnlyList<string> typedKeys, IReadOnlyList<string> nameKeys)
    {
        int? best = null;
        foreach (var typed in typedKeys)
        {
            foreach (var name in nameKeys)
            {
                var allowed = AllowedTypos(Math.Min(typed.Length, name.Length));
                if (allowed == 0 || Math.Abs(typed.Length - name.Length) > allowed)
                {
                    continue;
                }

                var distance = Distance(typed, name);
                if (distance <= allowed && distance < (best ?? int.MaxValue))
                {
                    best = distance;
                }
            }
        }

        return best;
    }

    private static int? SuggestionDistance(string typed, string name)
    {
        var allowed = AllowedTypos(Math.Min(typed.Length, name.Length));
        int? best = null;
        if (Math.Abs(typed.Length - name.Length) <= allowed + 1)
        {
            var distance = Distance(typed, name);
            best = distance <= allowed + 1 ? distance : null;
        }

        if (name.Length > typed.Length)
        {
            var distance = Distance(typed, name[..typed.Length]);
            if (distance <= AllowedTypos(typed.Length) && distance < (best ?? int.MaxValue))
            {
                best = distance;
            }
        }

        return best;
    }

    // No typo below 4 letters, one up to 7, two beyond.
    private static int AllowedTypos(int length) => length switch
    {
        < 4 => 0,
        <= 7 => 1,
        _ => 2,
    };

    private static int Distance(string first, string second) => (int)Damerau.Distance(first, second);

    private static bool IsStrictPrefix(string typed, string name) =>
        name.Length > typed.Length && name.StartsWith(typed, StringComparison.Ordinal);

    private static string Join(IReadOnlyList<string> words, int start, int end) =>
        string.Join(' ', words.Skip(start).Take(end - start));

    private static NameMatch Found(NameMatchKind kind, List<NamedEntry> candidates) =>
        new(candidates.Count == 1 ? kind : NameMatchKind.Ambiguous, candidates);

    private List<NamedEntry> Entries(IEnumerable<int> indexes) =>
        indexes.Select(index => _names[index].Entry).ToList();

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions))
        {
            positions = [];
            index.Add(key, positions);
        }

        if (!positions.Contains(position))
        {
            positions.Add(position);
        }
    }
}
