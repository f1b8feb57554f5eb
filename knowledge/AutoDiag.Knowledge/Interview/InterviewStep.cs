namespace AutoDiag.Knowledge.Interview;

/// <summary>The questions of a commune's interview, in the order they are asked.</summary>
public enum InterviewStep
{
    /// <summary>(a) the social difficulties observed, free text until the participant is done.</summary>
    Difficulties = 1,
    /// <summary>(b) the local resources, free text likewise.</summary>
    Resources = 2,
    /// <summary>(c) the risk of aggravation, for each theme the difficulties touched.</summary>
    Risk = 3,
    /// <summary>(d) a short check on each main theme nothing was said about.</summary>
    Coverage = 4,
    /// <summary>Every commune of the participant is done.</summary>
    Finished = 5,
}
