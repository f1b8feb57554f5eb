namespace AutoDiag.Knowledge.Answers;

/// <summary>Told after each theme correction is stored, e.g. to retrain the categoriser.</summary>
public interface ICorrectionListener
{
    Task CorrectionRecordedAsync(CancellationToken ct);
}
