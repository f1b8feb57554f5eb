using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>
/// Turns analysed tokens into the model's binary features: content words, their first six letters (which survive
/// a typo near the end, « accompagnemnt »), pairs of consecutive content words (« secrétaire de mairie » is not
/// « secrétaire » + « mairie »), and per theme whether one or several of its catalog keywords occur, so that a
/// keyword of the taxonomy counts even when the corpus never used it.
/// </summary>
internal sealed class FeatureExtractor
{
    private const int PrefixLength = 6;

    private readonly IReadOnlyList<(string Feature, PhraseMatcher Keywords)> _keywords;

    /// <exception cref="ArgumentException">A keyword of the catalog contains no word.</exception>
    public FeatureExtractor(ThemeCatalog catalog) =>
        _keywords = catalog.All.Select(theme => ("k:" + theme.Id, new PhraseMatcher(theme.Keywords))).ToList();

    /// <summary>Each feature once, at its first occurrence.</summary>
    public List<FeatureOccurrence> Extract(IReadOnlyList<TextToken> tokens)
    {
        var features = new List<FeatureOccurrence>(tokens.Count * 2);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var previous = -1;
        for (var index = 0; index < tokens.Count; index++)
        {
            if (!tokens[index].IsContent)
            {
                continue;
            }

            Add("w:" + tokens[index].Key, index, index + 1);
            if (tokens[index].Folded.Length > PrefixLength)
            {
                Add("p:" + tokens[index].Folded[..PrefixLength], index, index + 1);
            }

            if (previous >= 0)
            {
                Add("b:" + tokens[previous].Key + " " + tokens[index].Key, previous, index + 1);
            }

            previous = index;
        }

        foreach (var (feature, keywords) in _keywords)
        {
            var hits = keywords.Find(tokens).DistinctBy(hit => hit.Phrase).ToList();
            foreach (var hit in hits)
            {
                Add(feature, hit.FirstToken, hit.EndToken);
            }

            // Two different keywords of a theme are stronger evidence than one.
            if (hits.Count > 1)
            {
                Add(feature + "+", hits[1].FirstToken, hits[1].EndToken);
            }
        }

        return features;

        void Add(string name, int first, int end)
        {
            if (seen.Add(name))
            {
                features.Add(new FeatureOccurrence(name, first, end));
            }
        }
    }
}
