namespace AutoDiag.Knowledge.Themes.Analysis;

/// <summary>An occurrence of a phrase in a tokenized text.</summary>
/// <param name="Phrase">The phrase found.</param>
/// <param name="FirstToken">Index of its first token in the text.</param>
internal readonly record struct PhraseHit(Phrase Phrase, int FirstToken)
{
    public int EndToken => FirstToken + Phrase.Keys.Count;

    public bool Covers(PhraseHit other) => FirstToken <= other.FirstToken && other.EndToken <= EndToken;
}
