using AutoDiag.Knowledge.Answers;

namespace AutoDiag.Knowledge.Testimonies;

public static class TestimonyThemes
{
    /// <summary>A testimony's themes: the human tags when a person set any, else the automatic ones, most confident first.</summary>
    public static IReadOnlyList<string> Effective(this Testimony testimony)
    {
        var human = testimony.Tags.Where(t => t.Source == TagSource.Human).ToList();
        var tags = human.Count > 0 ? human : testimony.Tags;
        return tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Id).Select(t => t.ThemeId).Distinct().ToList();
    }
}
