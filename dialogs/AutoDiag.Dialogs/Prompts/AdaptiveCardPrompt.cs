using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Sends a prompt carrying an Adaptive Card (built by the caller) and ends with the card's submitted data.
/// Checking required fields is the job of the caller's validator.
/// </summary>
/// <param name="allowTypedText">Also accept a plain text message, as <c>{"text": "..."}</c> (<see cref="TypedTextField"/>), for users who type instead of filling the card.</param>
public class AdaptiveCardPrompt(string dialogId, PromptValidator<JObject>? validator = null, bool allowTypedText = false)
    : Prompt<JObject>(dialogId, validator)
{
    /// <summary>The property holding typed text in the result, when <see cref="AllowTypedText"/>.</summary>
    public const string TypedTextField = "text";

    public bool AllowTypedText { get; } = allowTypedText;

    protected override Task<PromptRecognizerResult<JObject>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var value = activity.Value as JObject;
        if (value is null && AllowTypedText && !string.IsNullOrWhiteSpace(activity.Text))
        {
            value = new JObject { [TypedTextField] = activity.Text };
        }

        return Task.FromResult(new PromptRecognizerResult<JObject> { Succeeded = value is not null, Value = value });
    }
}
