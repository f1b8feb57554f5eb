namespace AutoDiag.Knowledge.Answers;

public static class AnswerThemes
{
    /// <summary>An answer's themes: the human tags when a person set any, else the automatic ones, most confident first.</summary>
    public static IReadOnlyList<string> Effective(this Answer answer) =>
        EffectiveTags(answer).Select(t => t.ThemeId).Distinct().ToList();

    /// <summary>The effective themes about which the answer reports a difficulty: those a risk level is asked for.</summary>
    public static IReadOnlyList<string> EffectiveDifficulties(this Answer answer) =>
        EffectiveTags(answer).Where(t => !t.ReportsNoDifficulty).Select(t => t.ThemeId).Distinct().ToList();

    private static IEnumerable<ThemeTag> EffectiveTags(Answer answer)
    {
        var human = answer.Tags.Where(t => t.Source == TagSource.Human).ToList();
        var tags = human.Count > 0 ? human : answer.Tags;
        return tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Id);
    }
}
