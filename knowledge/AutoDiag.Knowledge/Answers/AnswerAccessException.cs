namespace AutoDiag.Knowledge.Answers;

/// <summary>An answer that does not exist, or that this participant may not change: both read the same to the caller.</summary>
public sealed class AnswerAccessException(int participantId, long answerId)
    : Exception($"Participant {participantId} cannot change answer {answerId}.");
