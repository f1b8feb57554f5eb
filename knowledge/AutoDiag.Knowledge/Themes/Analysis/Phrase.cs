namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>A keyword or expression, tokenized once.</summary>
/// <param name="Text">As written in the catalog.</param>
/// <param name="Keys">Its word keys, see <see cref="FrenchText"/>.</param>
/// <param name="Weight">
/// Its number of content words: « pas de médecin » is stronger evidence than « médecin ».
/// </param>
internal sealed record Phrase(string Text, IReadOnlyList<string> Keys, int Weight);
