namespace AutoDiag.Knowledge.Answers;

public static class AnswerThemes
{
    /// <summary>An answer's themes as the review, the fiche and the exports see them: those of its highest tag source, most confident first.</summary>
    public static IReadOnlyList<string> Effective(this Answer answer) =>
        Themes(TopTags(answer.Tags));

    /// <summary>The effective themes about which the answer reports a difficulty.</summary>
    public static IReadOnlyList<string> EffectiveDifficulties(this Answer answer) =>
        Themes(TopTags(answer.Tags).Where(t => !t.ReportsNoDifficulty));

    /// <summary>An answer's themes as the respondent's interview sees them: a consultant's review left aside.</summary>
    public static IReadOnlyList<string> InterviewThemes(this Answer answer) =>
        Themes(InterviewTags(answer));

    /// <summary>The interview's themes about which the answer reports a difficulty: those a risk level is asked for.</summary>
    public static IReadOnlyList<string> InterviewDifficulties(this Answer answer) =>
        Themes(InterviewTags(answer).Where(t => !t.ReportsNoDifficulty));

    private static List<ThemeTag> InterviewTags(Answer answer) => TopTags(answer.Tags.Where(t => t.Source != TagSource.Review));

    private static List<ThemeTag> TopTags(IEnumerable<ThemeTag> tags)
    {
        var list = tags.ToList();
        if (list.Count == 0)
        {
            return list;
        }
        var top = list.Max(t => t.Source);
        return list.Where(t => t.Source == top).ToList();
    }

    private static IReadOnlyList<string> Themes(IEnumerable<ThemeTag> tags) =>
        tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Id).Select(t => t.ThemeId).Distinct().ToList();
}
