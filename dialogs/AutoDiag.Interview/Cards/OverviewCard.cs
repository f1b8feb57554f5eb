using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Review;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The communes × themes matrix as a card: rows of columns rather than an Adaptive Card table, which
/// older Teams clients do not render. The themes head the columns by their icon.
/// </summary>
public static class OverviewCard
{
    public static Attachment Create(ThemeMatrix matrix)
    {
        var header = Row(
            Cell(OverviewTexts.CommuneHeader, bold: true, stretch: true),
            matrix.Themes.Select(t => Cell(t.Icon, bold: true)).Append(Cell(OverviewTexts.RespondentsHeader, bold: true)));
        var rows = matrix.Rows.Select(row => Row(
            Cell(row.Commune.Name, stretch: true),
            matrix.Themes.Select(t => row.Cells[t.Id] is { DifficultyCount: > 0 } cell
                    ? Cell(cell.DifficultyCount.ToString(System.Globalization.CultureInfo.InvariantCulture), color: ColorOf(cell.HighestRisk), bold: cell.HighestRisk is not null)
                    : Cell("·", subtle: true))
                .Append(Cell($"{row.Completion.Completed}/{row.Completion.Respondents}"))));
        var themesLegend = string.Join(" · ", matrix.Themes.Select(t => $"{t.Icon} {t.ShortLabel}"));

        return AdaptiveCard.Create(
            [
                AdaptiveCard.Text(OverviewTexts.Title(matrix.IntercommunalityName), bold: true),
                header,
                .. rows,
                AdaptiveCard.Text(themesLegend, subtle: true),
                AdaptiveCard.Text(OverviewTexts.Legend, subtle: true),
            ],
            []);
    }

    private static string ColorOf(RiskLevel? risk) => risk switch
    {
        RiskLevel.Eleve => "attention",
        RiskLevel.Modere => "warning",
        RiskLevel.Faible => "good",
        _ => "default",
    };

    private static JObject Row(JObject first, IEnumerable<JObject> others) => new()
    {
        ["type"] = "ColumnSet",
        ["spacing"] = "small",
        ["columns"] = new JArray(new[] { first }.Concat(others)),
    };

    private static JObject Cell(string text, bool bold = false, bool stretch = false, string color = "default", bool subtle = false) => new()
    {
        ["type"] = "Column",
        ["width"] = stretch ? "stretch" : "auto",
        ["items"] = new JArray(new JObject
        {
            ["type"] = "TextBlock",
            ["text"] = text,
            ["weight"] = bold ? "Bolder" : "Default",
            ["color"] = color,
            ["isSubtle"] = subtle,
            ["size"] = "Small",
        }),
    };
}
