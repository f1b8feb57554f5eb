namespace AutoDiag.Dialogs;

/// <summary>State of the dialog stack at the end of a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty: no dialog ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog of the stack ended; see <see cref="DialogTurnResult.Result"/>.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
