namespace AutoDiag.Knowledge.Answers;

public static class AnswerThemes
{
    /// <summary>An answer's themes: the human tags when a person set any, else the automatic ones, most confident first.</summary>
    public static IReadOnlyList<string> Effective(this Answer answer)
    {
        var human = answer.Tags.Where(t => t.Source == TagSource.Human).ToList();
        var tags = human.Count > 0 ? human : answer.Tags;
        return tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Id).Select(t => t.ThemeId).Distinct().ToList();
    }
}
