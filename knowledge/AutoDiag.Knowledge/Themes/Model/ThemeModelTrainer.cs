namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>
/// Trains a <see cref="ThemeModel"/> by stochastic gradient descent with AdaGrad steps and L2 regularisation.
/// Deterministic: features are numbered in order of first appearance and examples are visited in an order drawn
/// from a fixed seed, so the same examples always give the same weights.
/// </summary>
internal static class ThemeModelTrainer
{
    private const int Epochs = 15;
    private const double LearningRate = 0.2;
    private const double L2 = 1e-4;
    private const int Seed = 20_261_128;

    public static ThemeModel Train(IReadOnlyList<TrainingExample> examples, int themeCount)
    {
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var encoded = examples.Select(example => Encode(example, features)).ToList();

        var membership = new LinearHead(features.Count, themeCount, LearningRate, L2);
        var main = new LinearHead(features.Count, themeCount, LearningRate, L2);
        var random = new Random(Seed);
        var order = Enumerable.Range(0, encoded.Count).ToArray();
        var target = new double[themeCount];
        var logits = new double[themeCount];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (ids, themes, weight) = encoded[index];
                Array.Clear(target);
                foreach (var theme in themes)
                {
                    target[theme] = 1;
                }

                membership.Logits(ids, logits);
                for (var theme = 0; theme < themeCount; theme++)
                {
                    logits[theme] = ThemeModel.Sigmoid(logits[theme]) - target[theme];
                }

                membership.Step(ids, logits, weight);

                if (themes.Length == 0)
                {
                    continue;
                }

                // The main head learns only which theme comes first.
                main.Logits(ids, logits);
                ThemeModel.Softmax(logits);
                logits[themes[0]] -= 1;
                main.Step(ids, logits, weight);
            }
        }

        return new ThemeModel(features, themeCount, membership.Weights, membership.Bias, main.Weights, main.Bias);
    }

    private static (int[] Ids, int[] Themes, double Weight) Encode(
        TrainingExample example, Dictionary<string, int> features)
    {
        var ids = new int[example.Features.Count];
        for (var index = 0; index < ids.Length; index++)
        {
            var name = example.Features[index];
            if (!features.TryGetValue(name, out var id))
            {
                id = features.Count;
                features.Add(name, id);
            }

            ids[index] = id;
        }

        return (ids, example.Themes.ToArray(), example.Weight);
    }
}
