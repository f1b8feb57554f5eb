namespace AutoDiag.Knowledge.Interview;

/// <summary>The open-ended parts of a commune's interview, closed when the participant says they are done.</summary>
public enum InterviewSection
{
    Difficulties = 1,
    Resources = 2,
}
