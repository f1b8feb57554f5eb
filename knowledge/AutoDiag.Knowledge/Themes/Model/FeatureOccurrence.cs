namespace AutoDiag.Knowledge.Themes.Model;

/// <summary>A feature found in a text, with the tokens it covers, so that evidence can quote them.</summary>
/// <param name="Name">E.g. « w:medecin » (a word), « b:secretair mair » (two words), « k:sante » (a keyword).</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="EndToken">Index just past its last token.</param>
internal readonly record struct FeatureOccurrence(string Name, int FirstToken, int EndToken);
