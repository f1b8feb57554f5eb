namespace AutoDiag.Dialogs.Prompts;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Not shown: the prompt's text presents them.</summary>
    None,

    /// <summary>Buttons under the message that send the choice's value (imBack).</summary>
    SuggestedAction,

    /// <summary>Numbered lines appended to the prompt's text; the user answers with the number or the words.</summary>
    List,
}
