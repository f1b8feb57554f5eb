namespace AutoDiag.Knowledge.Privacy;

/// <summary>Personal data found in a text: its kind and where it is, in UTF-16 code units of the text searched.</summary>
public readonly record struct PersonalDataSpan(PersonalDataKind Kind, int Start, int Length)
{
    /// <summary>The index just after the span.</summary>
    public int End => Start + Length;

    /// <summary>The text the span covers.</summary>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
