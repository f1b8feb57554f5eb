namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// An action the access rules refuse. Its message never says whether the target has data: the same
/// refusal is given for a commune with answers and for one without.
/// </summary>
public sealed class AccessDeniedException(ProtectedAction action)
    : Exception($"Access denied: {action}.")
{
    public ProtectedAction Action { get; } = action;
}
