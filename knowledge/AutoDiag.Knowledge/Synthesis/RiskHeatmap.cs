using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Review;
using ScottPlot;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The communes × themes risk map of the fiche synthèse, drawn with ScottPlot 5 as a PNG of fixed size:
/// <see cref="Width"/> = 1 200 pixels; height = <see cref="HeaderHeight"/> (title, legend, theme labels) +
/// <see cref="RowHeight"/> per commune + <see cref="FooterHeight"/>, at most <see cref="MaxHeight"/> (beyond 58 communes the
/// rows get thinner; the counts are left out below 11 pixels a row). One row per commune (name on the left), one column
/// per theme (short label on top); a cell's colour is the highest risk of aggravation given for the theme in the commune
/// (none / faible / modéré / élevé, grey when difficulties have no risk level yet) and its number the difficulty answers.
/// Text is drawn with the embedded DejaVu Sans (<see cref="EmbeddedFont"/>), whatever fonts the machine has.
/// </summary>
public static class RiskHeatmap
{
    public const int Width = 1200;
    public const int HeaderHeight = 140;
    public const int RowHeight = 24;
    public const int FooterHeight = 14;
    public const int MaxHeight = 1600;

    /// <summary>The font name the heatmap asks ScottPlot for, answered by the embedded DejaVu Sans.</summary>
    public const string FontName = EmbeddedFont.Name;

    // Pixel layout: the plot's axes are set to the image's pixels (x right, y down).
    private const float LabelRight = 236;
    private const float GridLeft = 246;
    private const float GridRight = Width - 20;
    private const int MaxCommuneNameLength = 30;
    private const float MinRowHeightForCounts = 11;

    private static readonly Color Ink = Color.FromHex("#1F2933");
    private static readonly Color Accent = Color.FromHex("#1D4F91");
    private static readonly Color Muted = Color.FromHex("#52606D");
    private static readonly Color NoDifficulty = Color.FromHex("#F1F3F6");
    private static readonly Color NotAssessed = Color.FromHex("#C9D3DF");
    private static readonly Color Faible = Color.FromHex("#FBE3A0");
    private static readonly Color Modere = Color.FromHex("#F39C4A");
    private static readonly Color Eleve = Color.FromHex("#C8321E");

    /// <summary>The image's height for <paramref name="communeCount"/> communes (one empty row when there is none).</summary>
    public static int HeightFor(int communeCount) =>
        Math.Min(MaxHeight, HeaderHeight + Math.Max(communeCount, 1) * RowHeight + FooterHeight);

    /// <summary>The heatmap as PNG bytes, <see cref="Width"/> × <see cref="HeightFor"/>(rows).</summary>
    public static byte[] Render(RiskHeatmapData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        EmbeddedFont.EnsureRegistered();

        var height = HeightFor(data.Rows.Count);
        using var plot = new Plot();
        plot.Font.Set(FontName);
        plot.HideAxesAndGrid();
        plot.Layout.Frameless();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Axes.SetLimits(0, Width, height, 0);

        AddText(plot, FicheSyntheseTexts.HeatmapTitle, 20, 22, 17, Accent, Alignment.MiddleLeft);
        AddText(plot, FicheSyntheseTexts.HeatmapSubtitle, 20, 46, 12, Muted, Alignment.MiddleLeft);
        AddLegend(plot, 20, 76);

        var columns = Math.Max(data.ThemeLabels.Count, 1);
        var columnWidth = (GridRight - GridLeft) / columns;
        for (var column = 0; column < data.ThemeLabels.Count; column++)
        {
            var lines = TwoLines(data.ThemeLabels[column]);
            var x = GridLeft + (column + 0.5f) * columnWidth;
            var top = lines.Count == 1 ? 124f : 110f;
            for (var line = 0; line < lines.Count; line++)
            {
                AddText(plot, lines[line], x, top + line * 15, 11.5f, Ink, Alignment.MiddleCenter);
            }
        }

        var gridTop = (float)HeaderHeight;
        if (data.Rows.Count == 0)
        {
            AddText(plot, FicheSyntheseTexts.HeatmapNoCommune, GridLeft, gridTop + RowHeight / 2f, 12, Muted, Alignment.MiddleLeft);
            return plot.GetImageBytes(Width, height, ImageFormat.Png);
        }

        var rowHeight = Math.Min(RowHeight, (height - gridTop - FooterHeight) / (float)data.Rows.Count);
        var labelSize = Math.Clamp(rowHeight * 0.55f, 7f, 13f);
        var countSize = Math.Clamp(rowHeight * 0.5f, 7f, 12f);
        for (var row = 0; row < data.Rows.Count; row++)
        {
            var y0 = gridTop + row * rowHeight;
            var middle = y0 + rowHeight / 2f;
            AddText(plot, ShortName(data.Rows[row].Commune), LabelRight, middle, labelSize, Ink, Alignment.MiddleRight);
            var cells = data.Rows[row].Cells;
            for (var column = 0; column < cells.Count && column < columns; column++)
            {
                var cell = cells[column];
                var x0 = GridLeft + column * columnWidth;
                var rectangle = plot.Add.Rectangle(x0, x0 + columnWidth, y0 + rowHeight, y0);
                rectangle.FillColor = Fill(cell);
                rectangle.LineColor = Colors.White;
                rectangle.LineWidth = 1.5f;
                if (cell.DifficultyCount > 0 && rowHeight >= MinRowHeightForCounts)
                {
                    AddText(plot, FicheSyntheseTexts.Number(cell.DifficultyCount), x0 + columnWidth / 2, middle, countSize,
                        cell.HighestRisk == RiskLevel.Eleve ? Colors.White : Ink, Alignment.MiddleCenter);
                }
            }
        }

        return plot.GetImageBytes(Width, height, ImageFormat.Png);
    }

    private static Color Fill(ThemeCell cell) => cell switch
    {
        { DifficultyCount: 0 } => NoDifficulty,
        { HighestRisk: RiskLevel.Eleve } => Eleve,
        { HighestRisk: RiskLevel.Modere } => Modere,
        { HighestRisk: RiskLevel.Faible } => Faible,
        _ => NotAssessed,
    };

    private static void AddLegend(Plot plot, float x, float y)
    {
        (Color Color, string Label)[] items =
        [
            (NoDifficulty, FicheSyntheseTexts.LegendNoDifficulty),
            (NotAssessed, FicheSyntheseTexts.LegendNotAssessed),
            (Faible, FicheSyntheseTexts.LegendFaible),
            (Modere, FicheSyntheseTexts.LegendModere),
            (Eleve, FicheSyntheseTexts.LegendEleve),
        ];
        const float swatch = 16;
        foreach (var (color, label) in items)
        {
            var box = plot.Add.Rectangle(x, x + swatch, y + swatch / 2, y - swatch / 2);
            box.FillColor = color;
            box.LineColor = Color.FromHex("#9AA5B1");
            box.LineWidth = 1;
            AddText(plot, label, x + swatch + 6, y + 1, 12, Ink, Alignment.MiddleLeft);
            // DejaVu Sans at 12 px: about 7 px a character.
            x += swatch + 6 + label.Length * 7.2f + 26;
        }
    }

    private static void AddText(Plot plot, string text, float x, float y, float size, Color color, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = FontName;
        label.LabelFontSize = size;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
    }

    private static string ShortName(string commune) =>
        commune.Length <= MaxCommuneNameLength ? commune : commune[..(MaxCommuneNameLength - 1)].TrimEnd() + "…";

    /// <summary>A short label on one line, or on two lines split at the space that balances them best.</summary>
    private static IReadOnlyList<string> TwoLines(string label)
    {
        const int oneLine = 12;
        if (label.Length <= oneLine || !label.Contains(' '))
        {
            return [label];
        }

        var best = -1;
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] == ' ' && (best < 0 || Math.Abs(label.Length - 2 * i) < Math.Abs(label.Length - 2 * best)))
            {
                best = i;
            }
        }

        return [label[..best], label[(best + 1)..]];
    }
}
