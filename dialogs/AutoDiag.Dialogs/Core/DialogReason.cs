namespace AutoDiag.Dialogs;

/// <summary>Why a dialog is being begun, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
