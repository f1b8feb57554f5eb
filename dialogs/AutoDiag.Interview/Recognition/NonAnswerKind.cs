namespace AutoDiag.Interview.Recognition;

/// <summary>What a message typed at an interview question says when it is not an answer to record.</summary>
public enum NonAnswerKind
{
    /// <summary>An answer, or at least nothing that says otherwise.</summary>
    None = 0,

    /// <summary>« merci », « ok très bien »: said to the bot.</summary>
    Courtesy,

    /// <summary>« oui », « il y en a »: there is something, but not yet what.</summary>
    Agreement,

    /// <summary>« c'est quoi une ressource ? », « vous voulez dire quoi ? »: a question about the question.</summary>
    QuestionAboutTheQuestion,

    /// <summary>« je me suis trompé », « oups », « corriger »: the previous answer is wrong.</summary>
    Correction,

    /// <summary>« attends », « un instant », « je réfléchis »: the answer is coming.</summary>
    Wait,
}
