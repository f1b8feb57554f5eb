namespace AutoDiag.Dialogs.Prompts;

/// <summary>The choice recognized by a <see cref="ChoicePrompt"/>.</summary>
public class FoundChoice
{
    public string Value { get; set; } = string.Empty;

    /// <summary>Zero-based index of the choice in <see cref="PromptOptions.Choices"/>.</summary>
    public int Index { get; set; }

    /// <summary>1 when the whole answer designates the choice; the share of the answer's words that matched otherwise.</summary>
    public double Score { get; set; }

    /// <summary>The value, title, synonym or number that matched.</summary>
    public string? Synonym { get; set; }
}
