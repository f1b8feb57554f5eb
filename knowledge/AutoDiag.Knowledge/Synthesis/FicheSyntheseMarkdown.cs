using System.Text;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Pistes;
using static AutoDiag.Knowledge.Synthesis.FicheSyntheseTexts;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The fiche synthèse in Markdown (CommonMark), for the consultant to edit: the fiches' four sections, the heatmap as an
/// image linked to <see cref="FicheSynthese.HeatmapFileName"/> (sent beside the file). Every recorded text is escaped
/// (<see cref="MarkdownText"/>): what the élus and actors typed shows as typed, never as markup.
/// </summary>
public static class FicheSyntheseMarkdown
{
    public static string Render(FicheSynthese fiche)
    {
        ArgumentNullException.ThrowIfNull(fiche);
        var md = new Writer();

        md.Line($"# {E(Title(fiche.IntercommunalityName))}");
        md.Blank();
        md.Line($"*{E(Demarche)} · {E(DraftNotice(fiche.GeneratedOn))}*");
        md.Blank();

        md.Line($"## {SectionContexte}");
        md.Blank();
        var context = fiche.Context;
        md.Item(E(Population(context.Population, context.PopulationYear, context.PopulationSummedFromCommunes)));
        md.Item(E(Communes(context.CommuneCount, context.Departements)));
        md.Item(E(Participation(context.Participation, context.CommuneCount)));
        md.Item(E(TestimonyCount(context.Participation.Testimonies)));
        md.Blank();
        if (context.History is { } history)
        {
            md.Line($"**{HistoryLabel}{Nbsp}:**");
            md.Blank();
            md.Paragraphs(history);
        }

        md.Line($"## {SectionCalendrier}");
        md.Blank();
        foreach (var step in fiche.Calendar.Steps)
        {
            md.Item($"**{E(StepDate(step.Date))}** — {E(Step(step.Step))}");
            if (step.Step == DemarcheStep.SoireeTemoignages)
            {
                md.Line($"  - {E(ActorsHeard(fiche.Calendar.ActorsHeard))}");
            }
        }

        md.Blank();
        md.Line($"![{E(HeatmapAlt(fiche.Heatmap.Rows.Count, fiche.Heatmap.ThemeLabels.Count))}]({fiche.HeatmapFileName})");
        md.Blank();
        md.Line($"*{E(HeatmapCaption)}*");
        md.Blank();

        md.Line($"## {SectionAxes}");
        md.Blank();
        if (fiche.Axes.Count == 0)
        {
            md.Line(E(NoAxis));
            md.Blank();
        }

        foreach (var axis in fiche.Axes)
        {
            md.Line($"### {E(AxisTitle(axis.Number, axis.Title))}");
            md.Blank();
            md.Line($"#### {Enjeux}");
            md.Blank();
            foreach (var enjeu in axis.Enjeux)
            {
                md.Item(Enjeu(enjeu));
            }

            md.Blank();
            if (axis.ActorEnjeux.Count > 0)
            {
                md.Line($"*{E(ActorEnjeuxLead)}*");
                md.Blank();
                foreach (var statement in axis.ActorEnjeux)
                {
                    md.Item($"**{E(statement.Structure)}{Nbsp}:** {E(Quote(statement.Text))}");
                }

                md.Blank();
            }

            md.Line($"#### {Orientations}");
            md.Blank();
            foreach (var origin in Enum.GetValues<OrientationOrigin>())
            {
                var orientations = axis.OrientationsFrom(origin);
                if (orientations.Count == 0)
                {
                    continue;
                }

                md.Line($"*{E(OrientationsLead(origin))}*");
                md.Blank();
                foreach (var orientation in orientations)
                {
                    md.Item(Orientation(orientation));
                }

                md.Blank();
            }
        }

        if (fiche.OtherThemes.Count > 0)
        {
            md.Line($"**{E(OtherThemesLead)}**");
            md.Blank();
            foreach (var theme in fiche.OtherThemes)
            {
                md.Item(E(ThemeMention(theme)));
            }

            md.Blank();
        }

        md.Line($"## {SectionCommentaires}");
        md.Blank();
        if (fiche.Comments.Count == 0)
        {
            md.Line(E(NoComment));
            md.Blank();
        }

        foreach (var comment in fiche.Comments)
        {
            var paragraphs = SyntheseText.Lines(comment.Text).ToList();
            var lead = comment.ThemeLabel is { } label ? $"**{E(CommentLead(label))}** " : string.Empty;
            md.Item(lead + E(paragraphs.FirstOrDefault() ?? string.Empty));
            foreach (var paragraph in paragraphs.Skip(1))
            {
                md.Blank();
                md.Line("  " + E(paragraph));
            }
        }

        return md.ToString();
    }

    private static string Enjeu(SyntheseEnjeu enjeu) => enjeu.Kind switch
    {
        EnjeuKind.Extrait => $"{E(Quote(enjeu.Text))} {E(Cited(enjeu.Communes))}",
        EnjeuKind.RisqueCommente => $"{E(RiskCommentLead(enjeu.Risk))} {E(Quote(enjeu.Text))} {E(Cited(enjeu.Communes))}",
        // The summary names its communes itself.
        _ => E(enjeu.Text),
    };

    private static string Orientation(SyntheseOrientation orientation) => orientation.Origin switch
    {
        OrientationOrigin.Ressource => $"{E(Quote(orientation.Text))} {E(Cited(orientation.Communes))}",
        OrientationOrigin.FicheCommune => $"{E(orientation.Text)} {E(Cited(orientation.Communes))}",
        OrientationOrigin.Preconisation => $"**{E(orientation.Structure ?? string.Empty)}{Nbsp}:** {E(Quote(orientation.Text))}",
        _ => E(Piste.Cite(orientation.Territory ?? string.Empty, orientation.Text)),
    };

    private static string E(string text) => MarkdownText.Escape(text);

    private sealed class Writer
    {
        private readonly StringBuilder builder = new();

        public void Line(string text) => builder.Append(text).Append('\n');

        public void Blank() => builder.Append('\n');

        public void Item(string text) => Line("- " + text);

        /// <summary>Each line of a recorded text as its own escaped paragraph.</summary>
        public void Paragraphs(string text)
        {
            foreach (var paragraph in SyntheseText.Lines(text))
            {
                Line(E(paragraph));
                Blank();
            }
        }

        public override string ToString() => builder.ToString();
    }
}
