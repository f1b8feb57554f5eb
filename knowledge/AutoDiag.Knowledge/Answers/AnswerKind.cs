namespace AutoDiag.Knowledge.Answers;

public enum AnswerKind
{
    /// <summary>A social difficulty observed in the commune.</summary>
    Difficulty = 1,
    /// <summary>A local resource: service, association, equipment, volunteers.</summary>
    Resource = 2,
}
