using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>Hostile recorded text in every place the documents quote it, on a model built by hand.</summary>
public sealed class FicheSyntheseEscapingTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> & *gras* _souligné_ `code` [lien](javascript:alert(1)) | ~barré~ &amp;";

    private static readonly FicheSynthese Fiche = new(
        1,
        "CC <Test> & Cie",
        new DateOnly(2026, 11, 28),
        new SyntheseContext(1234, 2020, 1, [], "# Titre\n1. liste\n- puce\n2024) année\n+ plus\n" + Hostile,
            new SyntheseParticipation(1, 1, 0, 1, 0, 1)),
        new SyntheseCalendar([new SyntheseCalendarStep(DemarcheStep.SoireeTemoignages, new DateOnly(2026, 1, 1))], [Hostile]),
        [
            new SyntheseAxis(1, "mobilite", "Mobilité", 3, ["Commune <b>"], 1,
                [new SyntheseEnjeu(EnjeuKind.Extrait, Hostile, ["Commune <b>"])],
                [new ActorStatement("Structure <i>", Hostile)],
                [
                    SyntheseOrientation.FromCommunes(OrientationOrigin.Ressource, Hostile, ["Commune <b>"]),
                    SyntheseOrientation.FromActor("Structure <i>", Hostile),
                    SyntheseOrientation.FromTerritory("CC du Haut Allier", "Aides à l'obtention du permis de conduire"),
                ]),
        ],
        [],
        [new SyntheseComment(null, null, "> citation\n" + Hostile, DateTime.UtcNow)],
        new RiskHeatmapData(["Mobilité"], [new RiskHeatmapRow("Commune <b>", [new ThemeCell(1, null)])]));

    [Fact]
    public void Html_shows_every_recorded_text_as_text()
    {
        var html = FicheSyntheseHtml.Render(Fiche, [1, 2, 3]);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Test>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; &amp; *gras*", html, StringComparison.Ordinal);
        Assert.Contains("&amp;amp;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Projet de fiche synthèse — CC &lt;Test&gt; &amp; Cie</title>", html, StringComparison.Ordinal);
        Assert.Contains("CC du Haut Allier — aides à l&#39;obtention du permis de conduire", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_every_recorded_text_as_text()
    {
        var markdown = FicheSyntheseMarkdown.Render(Fiche);

        Assert.Contains(@"\<img src=x onerror=alert(1)\> \& \*gras\* \_souligné\_ \`code\` \[lien\](javascript:alert(1)) \| \~barré\~ \&amp;", markdown, StringComparison.Ordinal);
        // Recorded lines never open a heading, a list or a quote.
        Assert.Contains("\n\\# Titre\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n1\\. liste\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n\\- puce\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n2024\\) année\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n\\+ plus\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- \\> citation", markdown, StringComparison.Ordinal);
        Assert.Contains("# Projet de fiche synthèse — CC \\<Test\\> \\& Cie", markdown, StringComparison.Ordinal);
        Assert.Contains("(Commune \\<b\\>)", markdown, StringComparison.Ordinal);
        Assert.Contains("**Structure \\<i\\>", markdown, StringComparison.Ordinal);
    }
}
