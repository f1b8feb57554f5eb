namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Accepts or rejects an answer. On rejection the prompt sends its retry prompt, unless the validator sent a
/// message itself during the call.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
