namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>What <see cref="LocalThemeCategorizer"/> serves from, swapped whole when it retrains.</summary>
/// <param name="Model">Trained on the corpus and the corrections.</param>
/// <param name="Corrections">
/// The themes a person gave, by the text's analysed key: the same text gets them back as they are.
/// </param>
internal sealed record TrainedState(ThemeModel Model, IReadOnlyDictionary<string, IReadOnlyList<string>> Corrections);
