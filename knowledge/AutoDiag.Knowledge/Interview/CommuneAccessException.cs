namespace AutoDiag.Knowledge.Interview;

/// <summary>A participant tried to write about a commune they do not cover.</summary>
public sealed class CommuneAccessException(int participantId, int communeId)
    : Exception($"Participant {participantId} does not cover commune {communeId}.");
