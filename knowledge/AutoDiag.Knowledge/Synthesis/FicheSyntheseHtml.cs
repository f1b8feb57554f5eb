using System.Globalization;
using System.Text;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Pistes;
using static AutoDiag.Knowledge.Synthesis.FicheSyntheseTexts;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The fiche synthèse as one self-contained HTML page: styles inline, the heatmap inlined as a data: URI, no script, no
/// external resource (a Content-Security-Policy forbids any), laid out for A4 when printed. Every recorded text is
/// HTML-escaped (<see cref="HtmlText"/>): an answer holding « &lt;script&gt; » shows it as text.
/// </summary>
public static class FicheSyntheseHtml
{
    private const string Style = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        :root { --ink: #1f2933; --muted: #52606d; --accent: #1d4f91; --line: #d9e2ec; }
        * { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        html { font-family: "DejaVu Sans", "Segoe UI", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; color: var(--ink); }
        body { margin: 0; background: #eef2f6; }
        main { max-width: 210mm; margin: 8mm auto; padding: 16mm 15mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
        header { border-bottom: 2pt solid var(--accent); margin-bottom: 5mm; padding-bottom: 2mm; }
        .kicker { margin: 0; text-transform: uppercase; letter-spacing: .05em; font-size: 8.5pt; color: var(--muted); }
        h1 { margin: 1mm 0 2mm; font-size: 19pt; line-height: 1.2; color: var(--accent); }
        .notice { margin: 0; font-size: 9pt; font-style: italic; color: var(--muted); }
        h2 { margin: 7mm 0 3mm; padding-bottom: 1mm; border-bottom: .75pt solid var(--line); font-size: 12.5pt; letter-spacing: .03em; color: var(--accent); break-after: avoid; page-break-after: avoid; }
        h3 { margin: 5mm 0 2mm; font-size: 11pt; break-after: avoid; page-break-after: avoid; }
        h4 { margin: 3.5mm 0 1mm; font-size: 10.5pt; color: var(--accent); break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 2mm; }
        ul { margin: 0 0 2.5mm; padding-left: 6mm; }
        li { margin: .7mm 0; break-inside: avoid; }
        li::marker { color: var(--accent); }
        .lead { margin: 2.5mm 0 1mm; font-style: italic; color: var(--muted); }
        .cite { color: var(--muted); }
        .actors { margin: 0 0 2.5mm; padding: 1.5mm 3mm; border-left: 2pt solid var(--line); }
        .calendar { list-style: none; padding-left: 0; }
        .calendar li { display: flex; gap: 4mm; }
        .calendar .date { flex: 0 0 46mm; font-weight: bold; text-transform: uppercase; }
        .calendar .heard { display: block; font-size: 9.5pt; color: var(--muted); }
        figure { margin: 5mm 0; break-inside: avoid; page-break-inside: avoid; }
        figure img { display: block; width: 100%; height: auto; border: .5pt solid var(--line); }
        figcaption { margin-top: 1.5mm; font-size: 8.5pt; color: var(--muted); }
        @media print {
          body { background: #fff; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
        }
        """;

    /// <param name="heatmapPng">The PNG of <see cref="RiskHeatmap.Render"/>, inlined in the page.</param>
    public static string Render(FicheSynthese fiche, byte[] heatmapPng)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        ArgumentNullException.ThrowIfNull(heatmapPng);
        var html = new StringBuilder(16_384 + heatmapPng.Length * 4 / 3);

        html.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(E(Title(fiche.IntercommunalityName))).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<p class=\"kicker\">").Append(E(DraftLabel)).Append(" · ").Append(E(Demarche)).Append("</p>\n")
            .Append("<h1>").Append(E(fiche.IntercommunalityName)).Append("</h1>\n")
            .Append("<p class=\"notice\">").Append(E(DraftNotice(fiche.GeneratedOn))).Append("</p>\n</header>\n");

        // CONTEXTE
        var context = fiche.Context;
        html.Append("<section id=\"contexte\">\n<h2>").Append(SectionContexte).Append("</h2>\n<ul>\n");
        Item(html, E(Population(context.Population, context.PopulationYear, context.PopulationSummedFromCommunes)));
        Item(html, E(Communes(context.CommuneCount, context.Departements)));
        Item(html, E(Participation(context.Participation, context.CommuneCount)));
        Item(html, E(TestimonyCount(context.Participation.Testimonies)));
        html.Append("</ul>\n");
        if (context.History is { } history)
        {
            html.Append("<p class=\"lead\">").Append(E(HistoryLabel)).Append(Nbsp).Append(":</p>\n");
            Paragraphs(html, history);
        }

        html.Append("</section>\n");

        // CALENDRIER DU DÉROULEMENT
        html.Append("<section id=\"calendrier\">\n<h2>").Append(SectionCalendrier).Append("</h2>\n<ul class=\"calendar\">\n");
        foreach (var step in fiche.Calendar.Steps)
        {
            html.Append("<li><span class=\"date\">").Append(E(StepDate(step.Date))).Append("</span><span>").Append(E(Step(step.Step)));
            if (step.Step == DemarcheStep.SoireeTemoignages)
            {
                html.Append("<span class=\"heard\">").Append(E(ActorsHeard(fiche.Calendar.ActorsHeard))).Append("</span>");
            }

            html.Append("</span></li>\n");
        }

        html.Append("</ul>\n</section>\n");

        // The heatmap, near the top.
        html.Append("<figure id=\"carte-des-risques\">\n<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(heatmapPng))
            .Append("\" width=\"").Append(RiskHeatmap.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(RiskHeatmap.HeightFor(fiche.Heatmap.Rows.Count).ToString(CultureInfo.InvariantCulture))
            .Append("\" alt=\"").Append(E(HeatmapAlt(fiche.Heatmap.Rows.Count, fiche.Heatmap.ThemeLabels.Count))).Append("\">\n")
            .Append("<figcaption>").Append(E(HeatmapCaption)).Append("</figcaption>\n</figure>\n");

        // LES AXES STRATÉGIQUES
        html.Append("<section id=\"axes\">\n<h2>").Append(E(SectionAxes)).Append("</h2>\n");
        if (fiche.Axes.Count == 0)
        {
            html.Append("<p>").Append(E(NoAxis)).Append("</p>\n");
        }

        foreach (var axis in fiche.Axes)
        {
            html.Append("<article class=\"axe\" id=\"axe-").Append(axis.Number.ToString(CultureInfo.InvariantCulture)).Append("\">\n")
                .Append("<h3>").Append(E(AxisTitle(axis.Number, axis.Title))).Append("</h3>\n")
                .Append("<h4>").Append(Enjeux).Append("</h4>\n<ul class=\"enjeux\">\n");
            foreach (var enjeu in axis.Enjeux)
            {
                Item(html, Enjeu(enjeu));
            }

            html.Append("</ul>\n");
            if (axis.ActorEnjeux.Count > 0)
            {
                html.Append("<div class=\"actors\">\n<p class=\"lead\">").Append(E(ActorEnjeuxLead)).Append("</p>\n<ul>\n");
                foreach (var statement in axis.ActorEnjeux)
                {
                    Item(html, $"<strong>{E(statement.Structure)}{Nbsp}:</strong> {E(Quote(statement.Text))}");
                }

                html.Append("</ul>\n</div>\n");
            }

            html.Append("<h4>").Append(Orientations).Append("</h4>\n");
            foreach (var origin in Enum.GetValues<OrientationOrigin>())
            {
                var orientations = axis.OrientationsFrom(origin);
                if (orientations.Count == 0)
                {
                    continue;
                }

                html.Append("<p class=\"lead\">").Append(E(OrientationsLead(origin))).Append("</p>\n<ul class=\"orientations\">\n");
                foreach (var orientation in orientations)
                {
                    Item(html, Orientation(orientation));
                }

                html.Append("</ul>\n");
            }

            html.Append("</article>\n");
        }

        if (fiche.OtherThemes.Count > 0)
        {
            html.Append("<p class=\"lead\">").Append(E(OtherThemesLead)).Append("</p>\n<ul>\n");
            foreach (var theme in fiche.OtherThemes)
            {
                Item(html, E(ThemeMention(theme)));
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");

        // COMMENTAIRES ET ENJEUX MAJEURS
        html.Append("<section id=\"commentaires\">\n<h2>").Append(SectionCommentaires).Append("</h2>\n");
        if (fiche.Comments.Count == 0)
        {
            html.Append("<p>").Append(E(NoComment)).Append("</p>\n");
        }

        foreach (var comment in fiche.Comments)
        {
            var paragraphs = SyntheseText.Lines(comment.Text).ToList();
            html.Append("<p>");
            if (comment.ThemeLabel is { } label)
            {
                html.Append("<strong>").Append(E(CommentLead(label))).Append("</strong> ");
            }

            html.Append(E(paragraphs.FirstOrDefault() ?? string.Empty)).Append("</p>\n");
            foreach (var paragraph in paragraphs.Skip(1))
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }
        }

        html.Append("</section>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Enjeu(SyntheseEnjeu enjeu) => enjeu.Kind switch
    {
        EnjeuKind.Extrait => $"{E(Quote(enjeu.Text))} {Cite(enjeu.Communes)}",
        EnjeuKind.RisqueCommente => $"{E(RiskCommentLead(enjeu.Risk))} {E(Quote(enjeu.Text))} {Cite(enjeu.Communes)}",
        // The summary names its communes itself.
        _ => E(enjeu.Text),
    };

    private static string Orientation(SyntheseOrientation orientation) => orientation.Origin switch
    {
        OrientationOrigin.Ressource => $"{E(Quote(orientation.Text))} {Cite(orientation.Communes)}",
        OrientationOrigin.FicheCommune => $"{E(orientation.Text)} {Cite(orientation.Communes)}",
        OrientationOrigin.Preconisation => $"<strong>{E(orientation.Structure ?? string.Empty)}{Nbsp}:</strong> {E(Quote(orientation.Text))}",
        _ => E(Piste.Cite(orientation.Territory ?? string.Empty, orientation.Text)),
    };

    private static string Cite(IReadOnlyList<string> communes) => $"<span class=\"cite\">{E(Cited(communes))}</span>";

    private static void Item(StringBuilder html, string content) => html.Append("<li>").Append(content).Append("</li>\n");

    private static void Paragraphs(StringBuilder html, string text)
    {
        foreach (var paragraph in SyntheseText.Lines(text))
        {
            html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
        }
    }

    private static string E(string text) => HtmlText.Escape(text);
}
