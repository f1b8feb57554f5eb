namespace AutoDiag.Knowledge.Answers;

/// <summary>Who set a tag. A higher source wins: an answer's themes are those of its highest source (<see cref="AnswerThemes"/>).</summary>
public enum TagSource
{
    Automatic = 1,
    /// <summary>Set by the person who gave or typed the answer, in the interview; wins over the automatic tags.</summary>
    Human = 2,
    /// <summary>
    /// Set by someone else in review (a consultant): wins in the review, the fiche synthèse and the exports, but the
    /// respondent's interview goes on with the respondent's themes.
    /// </summary>
    Review = 3,
}
