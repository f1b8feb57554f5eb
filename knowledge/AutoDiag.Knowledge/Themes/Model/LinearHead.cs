using System.Runtime.CompilerServices;

namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>One linear layer being trained (weights per feature and theme, a bias per theme), with AdaGrad steps.</summary>
internal sealed class LinearHead(int featureCount, int themeCount, double learningRate, double l2)
{
    // Keeps the first AdaGrad steps finite.
    private const double InitialAccumulator = 0.1;

    // An example the head already gets right to this margin teaches nothing worth the time: training stays well
    // under a second.
    private const double NegligibleGradient = 0.01;

    private readonly double[] _weightSquares = Filled(featureCount * themeCount);
    private readonly double[] _biasSquares = Filled(themeCount);

    /// <summary>Feature-major, as <see cref="ThemeModel"/> reads them.</summary>
    public float[] Weights { get; } = new float[featureCount * themeCount];

    public float[] Bias { get; } = new float[themeCount];

    // Training runs once at start-up: its loops must not run as unoptimised first-tier code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Logits(int[] ids, double[] logits)
    {
        for (var theme = 0; theme < themeCount; theme++)
        {
            logits[theme] = Bias[theme];
        }

        foreach (var id in ids)
        {
            var row = id * themeCount;
            for (var theme = 0; theme < themeCount; theme++)
            {
                logits[theme] += Weights[row + theme];
            }
        }
    }

    /// <param name="ids">The example's features.</param>
    /// <param name="gradients">Per theme, the derivative of the loss with respect to the logit.</param>
    /// <param name="weight">The example's weight.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Step(int[] ids, double[] gradients, double weight)
    {
        for (var theme = 0; theme < themeCount; theme++)
        {
            if (Math.Abs(gradients[theme]) < NegligibleGradient)
            {
                continue;
            }

            var gradient = gradients[theme] * weight;
            _biasSquares[theme] += gradient * gradient;
            Bias[theme] -= (float)(learningRate * gradient / Math.Sqrt(_biasSquares[theme]));
            foreach (var id in ids)
            {
                var cell = id * themeCount + theme;
                // Only the weights of the example's features decay: the regularisation stays sparse.
                var regularised = gradient + l2 * Weights[cell];
                _weightSquares[cell] += regularised * regularised;
                Weights[cell] -= (float)(learningRate * regularised / Math.Sqrt(_weightSquares[cell]));
            }
        }
    }

    private static double[] Filled(int length)
    {
        var values = new double[length];
        Array.Fill(values, InitialAccumulator);
        return values;
    }
}
