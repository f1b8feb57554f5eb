namespace AutoDiag.Knowledge.Themes;

/// <summary>A word of a text: its comparison key and where it sits in the original text (for evidence).</summary>
/// <param name="Key">Lower-case, accent-free, plural-folded form of the word.</param>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="End">Index just past the last character in the original text.</param>
internal readonly record struct TextToken(string Key, int Start, int End);
