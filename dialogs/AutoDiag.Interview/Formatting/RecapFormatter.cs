using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Themes;

namespace AutoDiag.Interview.Formatting;

/// <summary>Writes what is recorded for a commune as a short message.</summary>
public sealed class RecapFormatter(ThemeCatalog themes)
{
    private const int ExcerptLength = 140;

    public string Format(CommuneRecap recap)
    {
        var risks = recap.Risks.Count == 0
            ? InterviewTexts.RecapNone
            : string.Join(", ", recap.Risks.Select(r => InterviewTexts.RecapRisk(InterviewTexts.RiskLevelName(r.Level), ShortLabel(r.ThemeId))));
        List<string> sections =
        [
            InterviewTexts.RecapTitle(recap.Commune.Name),
            Answers(InterviewTexts.RecapDifficulties, recap.Difficulties),
            Answers(InterviewTexts.RecapResources, recap.Resources),
            Section(InterviewTexts.RecapRisks, risks),
        ];
        if (recap.NothingToReportThemeIds.Count > 0)
        {
            sections.Add(Section(InterviewTexts.RecapNothingToReport, string.Join(", ", recap.NothingToReportThemeIds.Select(ShortLabel))));
        }
        return string.Join(Markup.Paragraph, sections);
    }

    /// <summary>« Mobilité, Jeunesse » from theme ids, in the order given.</summary>
    public IReadOnlyList<string> ShortLabels(IEnumerable<string> themeIds) => themeIds.Select(ShortLabel).ToList();

    private string ShortLabel(string themeId) => themes.TryGet(themeId, out var theme) ? theme.ShortLabel : themeId;

    private static string Section(string title, string content) => $"{Markup.Bold(title)} : {content}";

    private string Answers(string title, IReadOnlyList<RecapAnswer> answers)
    {
        if (answers.Count == 0)
        {
            return Section(title, InterviewTexts.RecapNone);
        }

        var lines = answers.Select(answer =>
        {
            // What followed « Ah j'oubliais : » starts in lower case.
            var excerpt = FrenchText.CapitalizeFirst(LongText.Excerpt(answer.Text, ExcerptLength));
            var labels = answer.ThemeIds.Count == 0 ? string.Empty : $" ({string.Join(", ", ShortLabels(answer.ThemeIds))})";
            return $"• {Markup.Escape(excerpt.ReplaceLineEndings(" "))}{labels}";
        });
        return $"{Markup.Bold(title)} :{Markup.LineBreak}{string.Join(Markup.LineBreak, lines)}";
    }
}
