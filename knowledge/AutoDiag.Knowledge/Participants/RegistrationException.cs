namespace AutoDiag.Knowledge.Participants;

/// <summary>A registration that breaks a rule (commune of another intercommunalité, no commune for an élu…).</summary>
public sealed class RegistrationException(string message) : Exception(message);
