using System.Text;
using AutoDiag.Interview.Documents;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Territories;

namespace AutoDiag.Bot.Downloads;

/// <summary>Builds the document a link stands for, under the viewer's rights as they are now.</summary>
public sealed class DocumentGenerator(FicheSyntheseService fiches, AnswerExportService exports, TerritoryDirectory territories, TimeProvider clock)
{
    /// <param name="Inline">Shown in the browser (the fiche, to print) rather than saved.</param>
    public sealed record GeneratedDocument(byte[] Content, string ContentType, string FileName, bool Inline);

    /// <exception cref="AccessDeniedException"/>
    public async Task<GeneratedDocument> GenerateAsync(DocumentKind kind, ParticipantProfile viewer, int intercommunalityId, CancellationToken ct)
    {
        switch (kind)
        {
            case DocumentKind.AnswersXlsx:
                return new(await exports.ExportXlsxAsync(viewer, intercommunalityId, ct), AnswerExportService.XlsxContentType,
                    await ExportNameAsync(intercommunalityId, "xlsx", ct), Inline: false);
            case DocumentKind.AnswersCsv:
                return new(await exports.ExportCsvAsync(viewer, intercommunalityId, ct), AnswerExportService.CsvContentType,
                    await ExportNameAsync(intercommunalityId, "csv", ct), Inline: false);
        }

        var fiche = await fiches.GenerateAsync(viewer, intercommunalityId, ct);
        return kind switch
        {
            DocumentKind.FicheHtml => new(Encoding.UTF8.GetBytes(fiche.Html), "text/html; charset=utf-8", fiche.FileBaseName + ".html", Inline: true),
            DocumentKind.FicheMarkdown => new(Encoding.UTF8.GetBytes(fiche.Markdown), "text/markdown; charset=utf-8", fiche.FileBaseName + ".md", Inline: false),
            _ => new(fiche.HeatmapPng, "image/png", fiche.FileBaseName + ".png", Inline: true),
        };
    }

    /// <summary>« reponses-cc-flandre-lys-2026-11-29.xlsx »: a consultant following several intercommunalités tells the files apart.</summary>
    private async Task<string> ExportNameAsync(int intercommunalityId, string extension, CancellationToken ct)
    {
        var name = (await territories.ListIntercommunalitiesAsync(ct)).FirstOrDefault(i => i.Id == intercommunalityId)?.Name;
        var territory = name is null ? string.Empty : FicheSyntheseFileName.Slug(name) + "-";
        return $"reponses-{territory}{clock.GetUtcNow():yyyy-MM-dd}.{extension}";
    }
}
