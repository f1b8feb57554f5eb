using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>What a prompt asks. Persisted with the prompt: keep it serializable.</summary>
public class PromptOptions
{
    /// <summary>Sent when the prompt begins or is reprompted. Nothing is sent when null.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent when the answer is not recognized or not valid; <see cref="Prompt"/> when null.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>
    /// The question again right under an explanation of why an answer was not taken, with the question still in view
    /// above: shorter than <see cref="Prompt"/> (a card's question in one line, its choices as quick replies) so that a
    /// phone does not show the same tall card twice in a row. <see cref="Prompt"/> when null.
    /// </summary>
    public Activity? Reminder { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Free data for the validator (bounds, required fields...).</summary>
    public object? Validations { get; set; }

    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;
}
