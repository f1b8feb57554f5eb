namespace AutoDiag.Dialogs.Prompts;

/// <summary>An answer offered by a <see cref="ChoicePrompt"/>.</summary>
public class Choice
{
    public Choice()
    {
    }

    public Choice(string value)
    {
        Value = value;
    }

    /// <summary>The value returned when recognized, and sent back by its button.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Other words that select this choice.</summary>
    public IList<string>? Synonyms { get; set; }

    /// <summary>Text shown on the button or in the list; <see cref="Value"/> when null.</summary>
    public string? Title { get; set; }
}
