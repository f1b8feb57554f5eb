using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Learning;

/// <summary>
/// Teaches the local categoriser the corrections people make: at start-up, then after every
/// <see cref="CategorizationOptions.RetrainEveryCorrections"/> corrections.
/// </summary>
public sealed class CategorizerTrainer(LocalThemeCategorizer categorizer, CorrectionTrainingSource corrections, CategorizationOptions options)
    : ICorrectionListener
{
    private int correctionsSinceTraining;

    public async Task TrainAsync(CancellationToken ct = default)
    {
        var examples = await corrections.GetExamplesAsync(ct);
        // The shipped corpus was learnt on loading: without corrections there is nothing new to learn.
        if (examples.Count > 0 || categorizer.CorrectionCount > 0)
        {
            categorizer.Retrain(examples);
        }
    }

    public async Task CorrectionRecordedAsync(CancellationToken ct)
    {
        if (Interlocked.Increment(ref correctionsSinceTraining) < options.RetrainEveryCorrections)
        {
            return;
        }

        Interlocked.Exchange(ref correctionsSinceTraining, 0);
        await TrainAsync(ct);
    }
}
