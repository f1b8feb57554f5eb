namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>Finds a set of phrases in tokenized texts, on word boundaries.</summary>
internal sealed class PhraseMatcher
{
    // Phrases by their first key, longest first, so that the longest phrase at a position wins.
    private readonly Dictionary<string, List<Phrase>> _byFirstKey = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">A phrase contains no word.</exception>
    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in phrases)
        {
            var tokens = FrenchText.Tokenize(text);
            var keys = tokens.Select(token => token.Key).ToList();
            if (keys.Count == 0)
            {
                throw new ArgumentException($"The expression '{text}' contains no word.", nameof(phrases));
            }

            // « jeune » and « jeunes » are the same phrase once tokenized: keep the first.
            if (!seen.Add(string.Join(' ', keys)))
            {
                continue;
            }

            var weight = Math.Max(1, tokens.Count(token => token.IsContent));
            var phrase = new Phrase(text, keys, weight);
            if (!_byFirstKey.TryGetValue(keys[0], out var sameStart))
            {
                sameStart = [];
                _byFirstKey.Add(keys[0], sameStart);
            }

            sameStart.Add(phrase);
        }

        foreach (var sameStart in _byFirstKey.Values)
        {
            // Stable sort: equal lengths keep catalog order, so results never depend on hashing.
            var ordered = sameStart.OrderByDescending(phrase => phrase.Keys.Count).ToList();
            sameStart.Clear();
            sameStart.AddRange(ordered);
        }
    }

    /// <summary>
    /// Non-overlapping occurrences, left to right, the longest phrase winning at each position: in
    /// « portage de repas », « repas » is not counted again.
    /// </summary>
    public IReadOnlyList<PhraseHit> Find(IReadOnlyList<TextToken> tokens)
    {
        var hits = new List<PhraseHit>();
        var position = 0;
        while (position < tokens.Count)
        {
            var phrase = LongestAt(tokens, position);
            if (phrase is null)
            {
                position++;
                continue;
            }

            hits.Add(new PhraseHit(phrase, position));
            position += phrase.Keys.Count;
        }

        return hits;
    }

    private Phrase? LongestAt(IReadOnlyList<TextToken> tokens, int position) =>
        _byFirstKey.TryGetValue(tokens[position].Key, out var candidates)
            ? candidates.FirstOrDefault(phrase => OccursAt(phrase, tokens, position))
            : null;

    private static bool OccursAt(Phrase phrase, IReadOnlyList<TextToken> tokens, int position)
    {
        if (position + phrase.Keys.Count > tokens.Count)
        {
            return false;
        }

        for (var offset = 0; offset < phrase.Keys.Count; offset++)
        {
            if (tokens[position + offset].Key != phrase.Keys[offset])
            {
                return false;
            }
        }

        return true;
    }
}
