using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>Asks for free text: any message with non-blank text (a card submit without text is not an answer).</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = text });
    }
}
