namespace AutoDiag.Dialogs;

/// <summary>The context given to a waterfall step: the waterfall's stack, plus the step's inputs.</summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack })
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Result = result;
    }

    /// <summary>Zero-based index of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with (read back from storage after the first turn).</summary>
    public object? Options { get; }

    /// <summary>The previous step's result: a prompt's value, a child dialog's result, or the message text.</summary>
    public object? Result { get; }

    /// <summary>Values shared by the steps, persisted with the waterfall. Read them defensively: after a turn an
    /// int may come back as a long and an object as a JObject.</summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step (or ends the waterfall) with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        // A second call would run the following step twice.
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called for step {Index} of waterfall '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
