using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// The one rule of a commune's interview, applied to what one respondent recorded there: the interview asks the question
/// it gives, the matrix counts the respondent as done when there is none left, the reminders stop. The themes are the
/// respondent's own (<see cref="AnswerThemes.InterviewThemes"/>): a consultant's review does not reopen an interview.
/// </summary>
public static class CommuneProgress
{
    /// <summary>The step the respondent is at in this commune; null when the commune is done.</summary>
    /// <param name="answers">The respondent's answers in the commune, with their tags.</param>
    /// <param name="assessedThemes">The themes the respondent gave a risk level for in the commune.</param>
    /// <param name="closedSections">The sections the respondent closed in the commune.</param>
    public static CommuneStep? Next(
        IReadOnlyCollection<Answer> answers, IReadOnlySet<string> assessedThemes, IReadOnlySet<InterviewSection> closedSections, ThemeCatalog themes)
    {
        if (!closedSections.Contains(InterviewSection.Difficulties))
        {
            return new CommuneStep(InterviewStep.Difficulties, null, answers.Count(a => a.Kind == AnswerKind.Difficulty));
        }
        if (!closedSections.Contains(InterviewSection.Resources))
        {
            return new CommuneStep(InterviewStep.Resources, null, answers.Count(a => a.Kind == AnswerKind.Resource));
        }

        var riskThemes = RiskThemes(answers, themes);
        var pending = riskThemes.Where(t => !assessedThemes.Contains(t)).ToList();
        if (pending.Count > 0)
        {
            return new CommuneStep(InterviewStep.Risk, pending[0], 0, new QuestionRank(riskThemes.Count - pending.Count + 1, riskThemes.Count));
        }

        var touched = answers.SelectMany(a => a.InterviewThemes()).ToHashSet();
        return themes.Main.FirstOrDefault(t => !touched.Contains(t.Id)) is { } silent
            ? new CommuneStep(InterviewStep.Coverage, silent.Id, 0)
            : null;
    }

    /// <summary>The first theme, in catalogue order, the respondent's difficulties touched and that has no risk level yet.</summary>
    public static string? PendingRisk(IReadOnlyCollection<Answer> answers, IReadOnlySet<string> assessedThemes, ThemeCatalog themes) =>
        RiskThemes(answers, themes).FirstOrDefault(t => !assessedThemes.Contains(t));

    /// <summary>The themes a risk level is asked for, in catalogue order.</summary>
    private static List<string> RiskThemes(IReadOnlyCollection<Answer> answers, ThemeCatalog themes)
    {
        var difficultyThemes = DifficultyThemes(answers);
        return themes.All.Where(t => difficultyThemes.Contains(t.Id)).Select(t => t.Id).ToList();
    }

    /// <summary>The themes the respondent's difficulties raise — « Rien à signaler » apart: those a risk level is asked for.</summary>
    public static IReadOnlySet<string> DifficultyThemes(IEnumerable<Answer> answers) =>
        answers.Where(a => a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty).SelectMany(a => a.InterviewDifficulties()).ToHashSet();
}

/// <param name="ThemeId">The theme asked about (risk and coverage steps).</param>
/// <param name="AnswersSoFar">For the open-ended steps, how many answers the respondent already gave to this question.</param>
/// <param name="Rank">For a risk question, its rank among the themes the respondent's difficulties raise.</param>
public sealed record CommuneStep(InterviewStep Step, string? ThemeId, int AnswersSoFar, QuestionRank? Rank = null);
