namespace AutoDiag.Knowledge.Privacy;

/// <summary>
/// A text with its personal data replaced by placeholders (« Mme [nom], [âge] »), and what was found.
/// </summary>
/// <param name="Text">The masked text: the only one to store or export unless an administrator keeps originals.</param>
/// <param name="Found">The spans masked, in the ORIGINAL text, in order, not overlapping.</param>
/// <param name="HasMasked">Whether anything was masked (then <see cref="Text"/> differs from the original).</param>
public sealed record MaskedText(string Text, IReadOnlyList<PersonalDataSpan> Found, bool HasMasked)
{
    /// <summary>
    /// What the categoriser reads: the text without the personal data nor placeholders, an age as its group (« jeune »,
    /// « personne âgée »). Never stored nor shown.
    /// </summary>
    public required string ForCategorization { get; init; }

    /// <summary>
    /// Nothing is left once the data is masked but punctuation and civilities: « MARTIN Jean », « Mme [nom] [téléphone] ».
    /// </summary>
    public bool SaysOnlyPersonalData =>
        HasMasked && ForCategorization.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => TextTokens.Fold(word.Trim('.', ',', ':', ';')))
            .All(word => !word.Any(char.IsLetterOrDigit) || FrenchWords.IsCivility(word));

    /// <summary>How many spans of <paramref name="kind"/> were masked.</summary>
    public int Count(PersonalDataKind kind)
    {
        var count = 0;
        foreach (var span in Found)
        {
            if (span.Kind == kind)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many spans of each kind were masked; kinds not found are absent.</summary>
    public IReadOnlyDictionary<PersonalDataKind, int> CountsByKind =>
        Found.GroupBy(span => span.Kind).OrderBy(group => group.Key).ToDictionary(group => group.Key, group => group.Count());
}
