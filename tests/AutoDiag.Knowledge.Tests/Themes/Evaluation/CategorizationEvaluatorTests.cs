using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Evaluation;

namespace AutoDiag.Knowledge.Tests.Themes.Evaluation;

public sealed class CategorizationEvaluatorTests
{
    /// <summary>
    /// Five labelled texts and the predictions a categoriser made for them, with the metrics computed by hand:
    /// <code>
    /// #  labels                predicted             main ok  top-1 ok  no theme
    /// 1  sante, mobilite       sante                 yes      yes
    /// 2  jeunesse              mobilite, jeunesse    no       no
    /// 3  logement, precarite   precarite, logement   no       yes
    /// 4  (none)                (none)                yes      yes       yes
    /// 5  gouvernance           (none)                no       no        yes
    ///
    /// per theme     TP FP FN  precision recall F1  support
    /// sante          1  0  0  1         1      1   1
    /// mobilite       0  1  1  0         0      0   1      (missed in #1, wrongly given in #2)
    /// jeunesse       1  0  0  1         1      1   1
    /// logement       1  0  0  1         1      1   1
    /// precarite      1  0  0  1         1      1   1
    /// gouvernance    0  0  1  0         0      0   1
    /// the 4 others   0  0  0  0         0      0   0      (not counted in macro-F1)
    ///
    /// micro-F1 = 2·TP / (2·TP + FP + FN) = 8 / (8 + 1 + 2) = 8/11 ≈ 0.7273
    /// macro-F1 = (1 + 0 + 1 + 1 + 1 + 0) / 6 = 4/6 ≈ 0.6667
    /// main-theme accuracy = 2/5 = 0.4; top-1 precision = 3/5 = 0.6; no-theme share = 2/5 = 0.4
    /// </code>
    /// </summary>
    public static readonly IReadOnlyList<(LabelledText Labelled, string[] Predicted)> HandComputed =
    [
        (new LabelledText("Plus de médecin, il faut faire 40 km", ["sante", "mobilite"]), ["sante"]),
        (new LabelledText("Les ados s'ennuient", ["jeunesse"]), ["mobilite", "jeunesse"]),
        (new LabelledText("Précarité énergétique", ["logement", "precarite"]), ["precarite", "logement"]),
        (new LabelledText("bonjour", []), []),
        (new LabelledText("Le CCAS ne se réunit plus", ["gouvernance"]), []),
    ];

    [Fact]
    public void Evaluate_MatchesTheHandComputation()
    {
        var report = CategorizationEvaluator.Evaluate(
            ThemeCatalog.LoadDefault(),
            HandComputed.Select(c => c.Labelled).ToList(),
            HandComputed.Select(c => (IReadOnlyList<string>)c.Predicted).ToList());

        Assert.Equal(5, report.Count);
        Assert.Equal(8.0 / 11, report.MicroF1, 6);
        Assert.Equal(4.0 / 6, report.MacroF1, 6);
        Assert.Equal(0.4, report.MainThemeAccuracy, 6);
        Assert.Equal(0.6, report.Top1Precision, 6);
        Assert.Equal(0.4, report.NoThemeShare, 6);
        var perTheme = report.PerTheme.ToDictionary();
        Assert.Equal(new ThemeMetrics(1, 1, 1, 1), perTheme["sante"]);
        Assert.Equal(new ThemeMetrics(0, 0, 0, 1), perTheme["mobilite"]);
        Assert.Equal(new ThemeMetrics(0, 0, 0, 1), perTheme["gouvernance"]);
        Assert.Equal(new ThemeMetrics(0, 0, 0, 0), perTheme["vieillissement"]);
        Assert.Equal(10, report.PerTheme.Count);
        Assert.Equal("jeunesse", report.PerTheme[0].Key);
    }

    [Fact]
    public void Evaluate_PartialCredit_PrecisionAndRecallDiffer()
    {
        // labels {sante, mobilite}, predicted {sante, logement}: sante P=R=1; logement P=0 (1 FP); mobilite R=0 (1 FN).
        var report = CategorizationEvaluator.Evaluate(
            ThemeCatalog.LoadDefault(),
            [new LabelledText("x", ["sante", "mobilite"]), new LabelledText("y", ["sante"])],
            [["sante", "logement"], ["sante"]]);

        var perTheme = report.PerTheme.ToDictionary();
        Assert.Equal(new ThemeMetrics(1, 1, 1, 2), perTheme["sante"]);
        Assert.Equal(new ThemeMetrics(0, 0, 0, 0), perTheme["logement"]);
        Assert.Equal(4.0 / 6, report.MicroF1, 6); // 2·2 / (2·2 + 1 + 1)
        Assert.Equal(1.0 / 3, report.MacroF1, 6); // sante 1, mobilite 0, logement 0
    }

    [Fact]
    public void Evaluate_ListsOfDifferentLengthsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => CategorizationEvaluator.Evaluate(
            ThemeCatalog.LoadDefault(), [new LabelledText("x", ["sante"])], []));
    }
}
