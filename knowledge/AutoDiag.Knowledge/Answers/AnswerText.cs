using System.Text;

namespace AutoDiag.Knowledge.Answers;

/// <summary>
/// A free-text answer checked before it is stored: trimmed, with at least one letter or digit,
/// and cut to <see cref="MaxLength"/> characters at a word boundary.
/// </summary>
public sealed record AnswerText
{
    /// <summary>Longest answer kept, in characters (documented in the README).</summary>
    public const int MaxLength = 4000;

    private AnswerText(string value, int originalLength)
    {
        Value = value;
        OriginalLength = originalLength;
    }

    public string Value { get; }
    public int OriginalLength { get; }
    public bool WasTruncated => OriginalLength > Value.Length;

    public static AnswerTextProblem? TryCreate(string? raw, out AnswerText? text)
    {
        text = null;
        var trimmed = raw?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return AnswerTextProblem.Empty;
        }
        if (!HasLetterOrDigit(trimmed))
        {
            return AnswerTextProblem.NoWords;
        }

        text = new AnswerText(LongText.Cut(trimmed, MaxLength), trimmed.Length);
        return null;
    }

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => Value;
}
