using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Review;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// The communes × themes matrix as a card: rows of columns rather than an Adaptive Card table, which
/// older Teams clients do not render. The themes head the columns by their icon. A tap on a theme or a
/// commune opens its answers; the two lists below do the same for clients without tappable columns.
/// </summary>
public static class OverviewCard
{
    public static Attachment Create(ThemeMatrix matrix, IReadOnlyList<ReviewMarkView> marks)
    {
        var reviewed = marks.Select(m => (m.Commune.Id, m.ThemeId)).ToHashSet();
        var header = Row(
            Cell(OverviewTexts.CommuneHeader, bold: true, stretch: true),
            matrix.Themes.Select(t => Cell(t.Icon, bold: true, open: OpenTheme(t.Id))).Append(Cell(OverviewTexts.RespondentsHeader, bold: true, last: true)));
        var rows = matrix.Rows.Select(row => Row(
            Cell(CardText.Plain(row.Commune.Name), stretch: true, open: OpenCommune(row.Commune.Id)),
            matrix.Themes.Select(t => CellOf(row.Cells[t.Id], reviewed.Contains((row.Commune.Id, t.Id))))
                .Append(Cell($"{row.Completion.Completed}/{row.Completion.Respondents}", last: true))));
        var themesLegend = string.Join(" · ", matrix.Themes.Select(t => $"{t.Icon} {t.ShortLabel}"));

        return AdaptiveCard.Create(
            [
                AdaptiveCard.Text(OverviewTexts.Title(matrix.IntercommunalityName), bold: true),
                header,
                .. rows,
                AdaptiveCard.Text(themesLegend, subtle: true),
                AdaptiveCard.Text(OverviewTexts.Legend, subtle: true),
            ],
            [
                Chooser(OverviewTexts.OpenTheme, ReviewListCard.ThemeIdField, OverviewTexts.ThemeLabel,
                    matrix.Themes.Select(t => ($"{t.Icon} {t.Label}", t.Id)), CardActions.OpenTheme),
                Chooser(OverviewTexts.OpenCommune, ReviewListCard.CommuneIdField, OverviewTexts.CommuneLabel,
                    matrix.Rows.Select(r => (r.Commune.Name, Number(r.Commune.Id))), CardActions.OpenCommune),
            ]);
    }

    private static JObject CellOf(ThemeCell cell, bool reviewed)
    {
        var mark = reviewed ? ReviewTexts.ReviewedMark : string.Empty;
        return cell is { DifficultyCount: > 0 }
            ? Cell(Number(cell.DifficultyCount) + mark, color: ColorOf(cell.HighestRisk), bold: cell.HighestRisk is not null)
            : Cell(reviewed ? mark : "·", subtle: true);
    }

    private static JObject Chooser(string title, string field, string label, IEnumerable<(string Title, string Value)> choices, string action) =>
        AdaptiveCard.ShowCard(
            title,
            [AdaptiveCard.ChoiceSet(field, label, choices, multiSelect: false, errorMessage: OverviewTexts.ChooseOne)],
            [AdaptiveCard.Submit(OverviewTexts.Open, CardActions.Data(action, (ReviewListCard.PageField, "1")))]);

    private static JObject OpenTheme(string themeId) => ReviewSubject.Theme(themeId).Open(1);

    private static JObject OpenCommune(int communeId) => ReviewSubject.Commune(communeId).Open(1);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>
    /// Every row is its own ColumnSet: fixed widths keep the figures under their theme's icon. Ten figures with no gap
    /// between them leave the commune's name room on a phone or in Teams' narrow card (about 420 px wide): at 32 px
    /// with gaps, the name's column was squeezed to nothing.
    /// </summary>
    private const string FigureWidth = "22px";

    private static JObject Cell(
        string text, bool bold = false, bool stretch = false, string color = "default", bool subtle = false, JObject? open = null, bool last = false)
    {
        var column = new JObject
        {
            ["type"] = "Column",
            ["width"] = stretch ? "stretch" : last ? "auto" : FigureWidth,
            ["spacing"] = stretch ? "default" : last ? "small" : "none",
            ["items"] = new JArray(new JObject
            {
                ["type"] = "TextBlock",
                ["text"] = text,
                ["horizontalAlignment"] = stretch ? "left" : "center",
                ["weight"] = bold ? "Bolder" : "Default",
                ["color"] = color,
                ["isSubtle"] = subtle,
                ["size"] = "Small",
            }),
        };
        if (open is not null)
        {
            column["selectAction"] = new JObject { ["type"] = "Action.Submit", ["data"] = open };
        }
        return column;
    }
}
