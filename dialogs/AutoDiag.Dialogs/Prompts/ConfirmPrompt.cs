using Microsoft.Bot.Builder;

namespace AutoDiag.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question in French and ends with a bool. Shows « Oui » « Non » as <see cref="PromptOptions.Style"/>
/// (suggested actions by default); <see cref="PromptOptions.Choices"/> is ignored.
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    private static readonly IList<Choice> YesNo =
    [
        new(ConfirmVocabulary.Yes) { Synonyms = ConfirmVocabulary.YesSynonyms },
        new(ConfirmVocabulary.No) { Synonyms = ConfirmVocabulary.NoSynonyms },
    ];

    /// <summary>
    /// Whether <paramref name="text"/> is, all of it, a yes or a no to this prompt (« oui », « ok », « non merci »):
    /// typed where a name or an answer is expected, it was meant for another question.
    /// </summary>
    public static bool IsYesOrNo(string? text) => YesOrNo(text) is not null;

    /// <summary>« oui » → true, « non merci » → false; null when the text is not, all of it, a yes or a no.</summary>
    public static bool? YesOrNo(string? text) => ChoiceRecognizer.Recognize(text, YesNo) is { Score: 1.0 } found ? found.Index == 0 : null;

    /// <summary>« Oui », « Non »: the replies to offer where a question takes a yes, a no or something else.</summary>
    public static IReadOnlyList<string> Replies { get; } = [ConfirmVocabulary.Yes, ConfirmVocabulary.No];

    protected override async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (PromptActivities.For(options, isRetry) is { } prompt)
        {
            var activity = ChoiceFactory.AppendChoices(prompt, YesNo, options.Style);
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, YesNo);
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = found is not null, Value = found?.Index == 0 });
    }
}
