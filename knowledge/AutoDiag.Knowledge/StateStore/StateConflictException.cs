namespace AutoDiag.Knowledge.StateStore;

/// <summary>A state document changed since it was read: the writer must read it again.</summary>
public sealed class StateConflictException(string key)
    : Exception($"The state document '{key}' was changed by another writer (eTag mismatch).");
