namespace AutoDiag.Knowledge.Answers;

/// <summary>An answer that does not exist.</summary>
public sealed class AnswerAccessException(int participantId, long answerId)
    : Exception($"Participant {participantId} cannot change answer {answerId}.");
