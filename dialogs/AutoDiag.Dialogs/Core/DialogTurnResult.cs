namespace AutoDiag.Dialogs;

/// <summary>Outcome of a dialog call: whether the stack waits, completed (with a result) or was cancelled.</summary>
public class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public object? Result { get; } = result;
}
