namespace AutoDiag.Knowledge.Answers;

public enum AnswerTextProblem
{
    Empty = 1,
    /// <summary>Only emoji, punctuation or symbols: nothing to record.</summary>
    NoWords = 2,
}
