using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// A yes-or-no that stands before any answer can be stored — adding the élu whose answers are typed, confirming one's
/// own participation. A difficulty typed there instead is neither taken for « non » nor met by the question alone, as if
/// it had gone through: the typist is told it is not stored yet, to send it again once the question is answered.
/// </summary>
internal static class AnswerBeforeConfirmation
{
    public static async Task<bool> ValidateAsync(PromptValidatorContext<bool> prompt, CancellationToken ct) =>
        prompt.Recognized.Succeeded
        || (AnswerVocabulary.IsDescription(prompt.Context.Activity.Text)
            && await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.NotStoredBeforeConfirmation, ct));
}
