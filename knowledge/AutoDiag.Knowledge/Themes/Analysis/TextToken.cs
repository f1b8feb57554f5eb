namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>A word of a text: its comparison key and where it sits in the original text (for evidence).</summary>
/// <param name="Key">Folded and stemmed form: « Logements » → « loge ».</param>
/// <param name="Folded">Lower-case, accent-free form, not stemmed: « Logements » → « logements ».</param>
/// <param name="Surface">The word as typed, without its elided article.</param>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="End">Index just past the last character in the original text.</param>
/// <param name="IsContent">False for stop words (articles, pronouns, auxiliaries) and numbers.</param>
public readonly record struct TextToken(string Key, string Folded, string Surface, int Start, int End, bool IsContent);
