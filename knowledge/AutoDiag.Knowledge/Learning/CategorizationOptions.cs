namespace AutoDiag.Knowledge.Learning;

/// <summary>Configuration section <c>Categorization</c>.</summary>
public sealed class CategorizationOptions
{
    public const string SectionName = "Categorization";

    /// <summary>Retraining takes well under a second; every few corrections keeps the model current without retraining on each tap.</summary>
    public int RetrainEveryCorrections { get; set; } = 5;
}
