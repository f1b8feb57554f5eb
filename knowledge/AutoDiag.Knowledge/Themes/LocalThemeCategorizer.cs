using AutoDiag.Knowledge.Themes.Analysis;
using AutoDiag.Knowledge.Themes.Model;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// The default categoriser: local, in-process and deterministic. It splits a message into items, analyses each
/// with Lucene's French analysis (abbreviations expanded first), and scores it with a small linear model trained
/// at start-up on the labelled corpus shipped in Data/Training and on the human corrections, which weigh more and,
/// for the very text corrected, win outright. See knowledge/docs/categorisation.md.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Categorize"/> reads an immutable model that <see cref="Retrain"/> replaces atomically.
/// </remarks>
public sealed class LocalThemeCategorizer : IThemeCategorizer
{
    /// <summary>A correction counts as this many corpus lines.</summary>
    public const float CorrectionWeight = 4;

    // A theme is listed when the model gives it at least this probability.
    private const double Threshold = 0.4;

    // Below the threshold, the likeliest theme is still listed when it reaches this, rather than no theme at all.
    private const double FallbackThreshold = 0.15;

    // Evidence quotes the few features that weigh most.
    private const int MaxEvidence = 3;

    private readonly ThemeCatalog _catalog;
    private readonly Dictionary<string, int> _themeIndexes;
    private readonly FrenchTextAnalyzer _analyzer;
    private readonly FeatureExtractor _features;
    private readonly NoDifficultyDetector _noDifficulty = new();
    private readonly IReadOnlyList<TrainingExample> _corpus;
    private readonly Lock _retraining = new();
    private TrainedState _state;

    private LocalThemeCategorizer(ThemeCatalog catalog, FrenchTextAnalyzer analyzer, IEnumerable<LabelledText> corpus)
    {
        _catalog = catalog;
        _themeIndexes = catalog.All.Select((theme, index) => (theme.Id, index))
            .ToDictionary(theme => theme.Id, theme => theme.index, StringComparer.Ordinal);
        _analyzer = analyzer;
        _features = new FeatureExtractor(catalog);
        _corpus = corpus.Select(text => ToExample(text, weight: 1)).ToList();
        _state = Train([]);
    }

    /// <summary>The directory of the shipped corpus: Data/Training beside the assembly.</summary>
    public static string DefaultTrainingDirectory => Path.Combine(AppContext.BaseDirectory, "Data", "Training");

    /// <summary>The number of corrections the current model learnt from.</summary>
    public int CorrectionCount => Volatile.Read(ref _state).Corrections.Count;

    /// <summary>Trained on a corpus.</summary>
    /// <exception cref="ArgumentException">A text is empty or has a theme id that is not in the catalog.</exception>
    public static LocalThemeCategorizer Create(
        ThemeCatalog catalog, FrenchTextAnalyzer analyzer, IEnumerable<LabelledText> corpus)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(corpus);
        return new LocalThemeCategorizer(catalog, analyzer, corpus);
    }

    /// <summary>
    /// Trained on the shipped corpus (every Data/Training/*.jsonl) and on the examples of the boundary rules of
    /// the taxonomy (Data/boundary-rules.jsonl), with Data/themes.json and Data/abbreviations.json, all read from
    /// beside the assembly.
    /// </summary>
    /// <exception cref="IOException">A data file is missing.</exception>
    /// <exception cref="InvalidDataException">A data file is not valid.</exception>
    public static LocalThemeCategorizer LoadDefault()
    {
        var catalog = ThemeCatalog.LoadDefault();
        var corpus = LabelledTextFile.ReadDirectory(DefaultTrainingDirectory, catalog)
            .Concat(LabelledTextFile.Read(Path.Combine(AppContext.BaseDirectory, "Data", "boundary-rules.jsonl"), catalog));
        return Create(catalog, FrenchTextAnalyzer.LoadDefault(), corpus);
    }

    public ThemeCategorization Categorize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = Volatile.Read(ref _state);
        var items = Corrected(text, state) is { } corrected
            ? [corrected]
            : WithoutNeedlessFallbacks(MessageSegmenter.Split(text).Select(item => CategorizeItem(item, state.Model)).ToList());
        return new ThemeCategorization(
            Union(items),
            items.Any(item => item.ReportsNoDifficulty)
                && items.Where(item => item.Themes.Count > 0).All(item => item.ReportsNoDifficulty),
            items);
    }

    /// <summary>
    /// Trains a new model on the corpus and these corrections (all of them, not only the new ones), then swaps it
    /// in; <see cref="Categorize"/> keeps serving the previous model meanwhile. Of two corrections of the same text,
    /// the later wins.
    /// </summary>
    /// <exception cref="ArgumentException">A text is empty or has a theme id that is not in the catalog.</exception>
    public void Retrain(IEnumerable<LabelledText> corrections)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        var list = corrections.ToList();
        lock (_retraining)
        {
            Volatile.Write(ref _state, Train(list));
        }
    }

    /// <summary>Retrains on every correction of the source: at start-up, then after new corrections.</summary>
    public async Task RetrainAsync(ITrainingExampleSource source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Retrain(await source.GetExamplesAsync(ct));
    }

    private TrainedState Train(IReadOnlyList<LabelledText> corrections)
    {
        var memory = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var examples = new List<TrainingExample>(_corpus);
        foreach (var correction in corrections)
        {
            examples.Add(ToExample(correction, CorrectionWeight));
            var key = Key(_analyzer.Analyze(correction.Text));
            if (key.Length > 0)
            {
                memory[key] = correction.ThemeIds.ToList();
            }
        }

        return new TrainedState(ThemeModelTrainer.Train(examples, _catalog.All.Count), memory);
    }

    private TrainingExample ToExample(LabelledText text, float weight)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(text.Text);
        var themes = text.ThemeIds.Select(IndexOf).ToList();
        var features = _features.Extract(_analyzer.Analyze(text.Text)).Select(feature => feature.Name).ToList();
        return new TrainingExample(features, themes, weight);
    }

    private int IndexOf(string themeId) =>
        _themeIndexes.TryGetValue(themeId, out var index)
            ? index
            : throw new ArgumentException($"Unknown theme id '{themeId}'.", nameof(themeId));

    private CategorizedItem CategorizeItem(string text, ThemeModel model)
    {
        var tokens = _analyzer.Analyze(text);
        var scores = model.Score(_features.Extract(tokens));
        var listed = Enumerable.Range(0, model.ThemeCount)
            .Where(theme => scores.Membership[theme] >= Threshold)
            .ToList();
        if (listed.Count == 0)
        {
            var likeliest = ArgMax(scores.Membership, Enumerable.Range(0, model.ThemeCount));
            if (scores.Membership[likeliest] >= FallbackThreshold)
            {
                listed.Add(likeliest);
            }
        }

        var themes = new List<ThemeScore>(listed.Count);
        if (listed.Count > 0)
        {
            var main = ArgMax(scores.Main, listed);
            // OrderByDescending is stable: equal probabilities keep catalog order.
            var ordered = listed
                .OrderByDescending(theme => theme == main)
                .ThenByDescending(theme => scores.Membership[theme]);
            foreach (var theme in ordered)
            {
                themes.Add(new ThemeScore(
                    _catalog.All[theme].Id, scores.Membership[theme], Evidence(text, tokens, scores, model, theme)));
            }
        }

        return new CategorizedItem(text, themes, _noDifficulty.IsPresentIn(tokens));
    }

    /// <summary>
    /// The fallback theme (under <see cref="Threshold"/>) is there so that a message is not left without a theme; when
    /// another item of the message has a theme of its own, a fragment's weak guess (« personne ne le prend » →
    /// precarite at 0.20) is noise and is dropped.
    /// </summary>
    private static List<CategorizedItem> WithoutNeedlessFallbacks(List<CategorizedItem> items)
    {
        if (!items.Any(item => item.Themes.Count > 0 && item.Themes[0].Confidence >= Threshold))
        {
            return items;
        }

        return items
            .Select(item => item.Themes is [{ Confidence: < Threshold }] ? item with { Themes = [] } : item)
            .ToList();
    }

    /// <summary>The text exactly as a person corrected it, with their themes; null when no correction matches.</summary>
    private CategorizedItem? Corrected(string text, TrainedState state)
    {
        if (state.Corrections.Count == 0)
        {
            return null;
        }

        var tokens = _analyzer.Analyze(text);
        if (!state.Corrections.TryGetValue(Key(tokens), out var themeIds))
        {
            return null;
        }

        var trimmed = text.Trim();
        return new CategorizedItem(
            trimmed, themeIds.Select(id => new ThemeScore(id, 1, [trimmed])).ToList(), _noDifficulty.IsPresentIn(tokens));
    }

    /// <summary>The excerpts behind the features that push most towards the theme, in text order.</summary>
    private static List<string> Evidence(
        string text, IReadOnlyList<TextToken> tokens, ItemScores scores, ThemeModel model, int theme)
    {
        var strongest = scores.Known
            .Select(feature => (feature.Occurrence, Weight: model.Contribution(feature.Index, theme)))
            .Where(feature => feature.Weight > 0)
            .OrderByDescending(feature => feature.Weight)
            .Take(MaxEvidence)
            .Select(feature => feature.Occurrence)
            .ToList();
        // « manque de médecins » says more than « médecins » alone: keep the widest of overlapping excerpts.
        return strongest
            .Where(occurrence => !strongest.Any(other => other != occurrence && Covers(other, occurrence)))
            .OrderBy(occurrence => occurrence.FirstToken)
            .Select(occurrence => text[tokens[occurrence.FirstToken].Start..tokens[occurrence.EndToken - 1].End])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static bool Covers(FeatureOccurrence outer, FeatureOccurrence inner) =>
        outer.FirstToken <= inner.FirstToken && inner.EndToken <= outer.EndToken
        && (outer.FirstToken, outer.EndToken) != (inner.FirstToken, inner.EndToken);

    /// <summary>
    /// The themes of all items, each with its highest confidence. The main theme is that of the first item stating
    /// a difficulty: in « pas de souci côté logement, mais la crèche est saturée » the need is the crèche.
    /// </summary>
    private IReadOnlyList<ThemeScore> Union(IReadOnlyList<CategorizedItem> items)
    {
        var byTheme = new Dictionary<string, ThemeScore>(StringComparer.Ordinal);
        foreach (var score in items.SelectMany(item => item.Themes))
        {
            byTheme[score.ThemeId] = byTheme.TryGetValue(score.ThemeId, out var seen)
                ? new ThemeScore(
                    score.ThemeId,
                    Math.Max(seen.Confidence, score.Confidence),
                    seen.Evidence.Concat(score.Evidence).Distinct(StringComparer.Ordinal).ToList())
                : score;
        }

        var themed = items.Where(item => item.Themes.Count > 0).ToList();
        var main = (themed.FirstOrDefault(item => !item.ReportsNoDifficulty) ?? themed.FirstOrDefault())?.Themes[0].ThemeId;
        return _catalog.All
            .Where(theme => byTheme.ContainsKey(theme.Id))
            .Select(theme => byTheme[theme.Id])
            .OrderByDescending(score => score.ThemeId == main)
            .ThenByDescending(score => score.Confidence)
            .ToList();
    }

    // Texts that differ only in case, accents, plurals, stop words or punctuation share a key.
    private static string Key(IReadOnlyList<TextToken> tokens) =>
        string.Join(' ', tokens.Where(token => token.IsContent).Select(token => token.Key));

    private static int ArgMax(double[] values, IEnumerable<int> candidates)
    {
        var best = -1;
        foreach (var candidate in candidates)
        {
            if (best < 0 || values[candidate] > values[best])
            {
                best = candidate;
            }
        }

        return best;
    }
}
