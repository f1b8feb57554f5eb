using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs;

/// <summary>
/// Runs steps in order; each step prompts or begins a child dialog, and the next step receives its result.
/// Ending after the last step returns the last result to the parent.
/// </summary>
public class WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : Dialog(dialogId)
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps = steps is null ? [] : [.. steps];

    /// <summary>The options and the step values persisted in a waterfall's <paramref name="instance"/> on the stack.</summary>
    public static (object? Options, IDictionary<string, object> Values) StateOf(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return (instance.State.TryGetValue(OptionsKey, out var options) ? options : null,
            StateValues.Get<Dictionary<string, object>>(instance.State, ValuesKey));
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.RequiredActiveDialog.State;
        if (options is not null)
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object>();
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message received while no child dialog is active goes to the next step as its text.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.Type == ActivityTypes.Message
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = StateValues.Get<int>(dc.RequiredActiveDialog.State, StepIndexKey);
        return RunStepAsync(dc, index + 1, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.RequiredActiveDialog.State;
        state[StepIndexKey] = index;
        var stepContext = new WaterfallStepContext(
            this,
            dc,
            state.TryGetValue(OptionsKey, out var options) ? options : null,
            StateValues.Get<Dictionary<string, object>>(state, ValuesKey),
            index,
            result);
        return await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);
    }
}
