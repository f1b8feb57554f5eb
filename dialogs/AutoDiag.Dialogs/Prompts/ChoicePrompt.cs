using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/>, shown as <see cref="PromptOptions.Style"/>. Recognizes
/// the choice's value, title or synonyms whatever the case, accents and punctuation, its 1-based number, an answer
/// that mentions exactly one choice, and an Adaptive Card submit whose value has a <c>choice</c> property.
/// </summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    private const string CardChoiceProperty = "choice";

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (PromptActivities.For(options, isRetry) is { } prompt)
        {
            var activity = ChoiceFactory.AppendChoices(prompt, options.Choices ?? [], options.Style);
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = turnContext.Activity;
        var answer = activity.Value is JObject submit && submit.TryGetValue(CardChoiceProperty, out var choice)
            ? choice.ToString()
            : activity.Text;
        var found = ChoiceRecognizer.Recognize(answer, options.Choices ?? []);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
