namespace AutoDiag.Knowledge.Themes.Evaluation;

/// <summary>Compares predicted themes with labelled ones (see <see cref="EvaluationReport"/> for the metrics).</summary>
public static class CategorizationEvaluator
{
    /// <param name="catalog">The themes to report on.</param>
    /// <param name="expected">The labelled texts.</param>
    /// <param name="predicted">For each labelled text, in the same order, its predicted theme ids, main first.</param>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static EvaluationReport Evaluate(
        ThemeCatalog catalog, IReadOnlyList<LabelledText> expected, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(predicted);
        if (expected.Count != predicted.Count)
        {
            throw new ArgumentException(
                $"{expected.Count} labelled texts but {predicted.Count} predictions.", nameof(predicted));
        }

        var ids = catalog.All.Select(theme => theme.Id).ToList();
        var truePositives = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var falsePositives = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        var falseNegatives = ids.ToDictionary(id => id, _ => 0, StringComparer.Ordinal);
        int mainHits = 0, topHits = 0, empty = 0;
        for (var index = 0; index < expected.Count; index++)
        {
            var labels = expected[index].ThemeIds;
            var guesses = predicted[index];
            foreach (var id in guesses.Distinct().Where(truePositives.ContainsKey))
            {
                (labels.Contains(id) ? truePositives : falsePositives)[id]++;
            }

            foreach (var id in labels.Where(id => !guesses.Contains(id) && falseNegatives.ContainsKey(id)))
            {
                falseNegatives[id]++;
            }

            if (guesses.Count == 0)
            {
                empty++;
                mainHits += labels.Count == 0 ? 1 : 0;
                topHits += labels.Count == 0 ? 1 : 0;
                continue;
            }

            mainHits += labels.Count > 0 && labels[0] == guesses[0] ? 1 : 0;
            topHits += labels.Contains(guesses[0]) ? 1 : 0;
        }

        var perTheme = ids
            .Select(id => KeyValuePair.Create(id, Metrics(truePositives[id], falsePositives[id], falseNegatives[id])))
            .ToList();
        var occurring = ids
            .Where(id => truePositives[id] + falsePositives[id] + falseNegatives[id] > 0)
            .Select(id => perTheme[ids.IndexOf(id)].Value.F1)
            .ToList();
        var micro = Metrics(truePositives.Values.Sum(), falsePositives.Values.Sum(), falseNegatives.Values.Sum());
        return new EvaluationReport(
            expected.Count,
            micro.F1,
            occurring.Count == 0 ? 0 : occurring.Average(),
            perTheme,
            Share(mainHits, expected.Count),
            Share(topHits, expected.Count),
            Share(empty, expected.Count));
    }

    private static ThemeMetrics Metrics(int truePositives, int falsePositives, int falseNegatives)
    {
        var precision = Share(truePositives, truePositives + falsePositives);
        var recall = Share(truePositives, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ThemeMetrics(precision, recall, f1, truePositives + falseNegatives);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
