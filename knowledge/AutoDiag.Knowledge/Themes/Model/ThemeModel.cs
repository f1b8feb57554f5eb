namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>
/// A linear model over binary features with two heads: one logistic regression per theme says whether a text is
/// about it (multi-label), and a softmax regression says which theme is the main one. Immutable once trained, so
/// one instance serves any number of threads.
/// </summary>
internal sealed class ThemeModel
{
    private readonly IReadOnlyDictionary<string, int> _features;

    // Feature-major ([feature * ThemeCount + theme]): a text's features read contiguous rows.
    private readonly float[] _membership;
    private readonly float[] _membershipBias;
    private readonly float[] _main;
    private readonly float[] _mainBias;

    public ThemeModel(
        IReadOnlyDictionary<string, int> features,
        int themeCount,
        float[] membership,
        float[] membershipBias,
        float[] main,
        float[] mainBias)
    {
        _features = features;
        ThemeCount = themeCount;
        _membership = membership;
        _membershipBias = membershipBias;
        _main = main;
        _mainBias = mainBias;
    }

    public int ThemeCount { get; }

    public ItemScores Score(IReadOnlyList<FeatureOccurrence> occurrences)
    {
        var membership = new double[ThemeCount];
        var main = new double[ThemeCount];
        for (var theme = 0; theme < ThemeCount; theme++)
        {
            membership[theme] = _membershipBias[theme];
            main[theme] = _mainBias[theme];
        }

        var known = new List<KnownFeature>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            if (!_features.TryGetValue(occurrence.Name, out var index))
            {
                continue;
            }

            known.Add(new KnownFeature(occurrence, index));
            var row = index * ThemeCount;
            for (var theme = 0; theme < ThemeCount; theme++)
            {
                membership[theme] += _membership[row + theme];
                main[theme] += _main[row + theme];
            }
        }

        for (var theme = 0; theme < ThemeCount; theme++)
        {
            membership[theme] = Sigmoid(membership[theme]);
        }

        Softmax(main);
        return new ItemScores(membership, main, known);
    }

    /// <summary>How much a feature pushes a text towards a theme (a log-odds term).</summary>
    public float Contribution(int feature, int theme) => _membership[feature * ThemeCount + theme];

    public static double Sigmoid(double logit) => 1 / (1 + Math.Exp(-logit));

    /// <summary>In place; shifted by the maximum so that large logits do not overflow.</summary>
    public static void Softmax(Span<double> logits)
    {
        var max = double.NegativeInfinity;
        foreach (var logit in logits)
        {
            max = Math.Max(max, logit);
        }

        var sum = 0.0;
        for (var index = 0; index < logits.Length; index++)
        {
            logits[index] = Math.Exp(logits[index] - max);
            sum += logits[index];
        }

        for (var index = 0; index < logits.Length; index++)
        {
            logits[index] /= sum;
        }
    }
}
