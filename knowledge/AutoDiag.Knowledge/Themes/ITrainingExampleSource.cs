namespace AutoDiag.Knowledge.Themes;

/// <summary>Where the categoriser finds the human corrections it learns from (the database, in the product).</summary>
public interface ITrainingExampleSource
{
    /// <summary>Every correction made so far, oldest first.</summary>
    Task<IReadOnlyList<LabelledText>> GetExamplesAsync(CancellationToken ct);
}
