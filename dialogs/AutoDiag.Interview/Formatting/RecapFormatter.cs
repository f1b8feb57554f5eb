using System.Text;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Interview.Formatting;

/// <summary>Writes what is recorded for a commune as a short message.</summary>
public sealed class RecapFormatter(ThemeCatalog themes)
{
    private const int ExcerptLength = 140;

    public string Format(CommuneRecap recap)
    {
        var text = new StringBuilder();
        text.Append(InterviewTexts.RecapTitle(recap.Commune.Name)).Append("\n\n");
        AppendAnswers(text, InterviewTexts.RecapDifficulties, recap.Difficulties);
        AppendAnswers(text, InterviewTexts.RecapResources, recap.Resources);

        text.Append($"**{InterviewTexts.RecapRisks}** : ");
        text.Append(recap.Risks.Count == 0
            ? InterviewTexts.RecapNone
            : string.Join(", ", recap.Risks.Select(r => $"{ShortLabel(r.ThemeId)} {InterviewTexts.RiskLevelName(r.Level)}")));
        text.Append("\n\n");

        if (recap.NothingToReportThemeIds.Count > 0)
        {
            text.Append($"**{InterviewTexts.RecapNothingToReport}** : {string.Join(", ", recap.NothingToReportThemeIds.Select(ShortLabel))}\n\n");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>« Mobilité, Jeunesse » from theme ids, in the order given.</summary>
    public IReadOnlyList<string> ShortLabels(IEnumerable<string> themeIds) => themeIds.Select(ShortLabel).ToList();

    private string ShortLabel(string themeId) => themes.TryGet(themeId, out var theme) ? theme.ShortLabel : themeId;

    private void AppendAnswers(StringBuilder text, string title, IReadOnlyList<RecapAnswer> answers)
    {
        text.Append($"**{title}** : ");
        if (answers.Count == 0)
        {
            text.Append(InterviewTexts.RecapNone).Append("\n\n");
            return;
        }

        text.Append("\n\n");
        foreach (var answer in answers)
        {
            var excerpt = answer.Text.Length > ExcerptLength ? answer.Text[..ExcerptLength].TrimEnd() + "…" : answer.Text;
            var labels = answer.ThemeIds.Count == 0 ? string.Empty : $" ({string.Join(", ", ShortLabels(answer.ThemeIds))})";
            text.Append($"- {excerpt.ReplaceLineEndings(" ")}{labels}\n");
        }
        text.Append('\n');
    }
}
