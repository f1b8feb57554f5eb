namespace AutoDiag.Knowledge.Themes;

/// <summary>A text with the themes a person gave it: a corpus line, or a correction made in the product.</summary>
/// <param name="Text">The text as written.</param>
/// <param name="ThemeIds">Every theme of the text, the main one first; empty when the text has no theme.</param>
public sealed record LabelledText(string Text, IReadOnlyList<string> ThemeIds);
