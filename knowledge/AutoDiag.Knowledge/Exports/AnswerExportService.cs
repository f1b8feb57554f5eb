using System.Globalization;
using System.Text;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Themes;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Exports;

/// <summary>
/// The answers of a whole intercommunalité as files a consultant opens in Excel, built in memory (nothing is
/// written to disk). Only for a viewer allowed <see cref="ProtectedAction.Export"/> on every commune of it —
/// its consultants and administrators; anyone else gets <see cref="AccessDeniedException"/> (logged).
/// </summary>
public sealed class AnswerExportService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ThemeCatalog themes,
    AccessPolicy access)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string MatrixSheetName = "Matrice";
    public const string RiskSheetName = "Risques";

    /// <summary>The columns of the CSV and of the theme sheets: the date last, the others texts.</summary>
    public static readonly IReadOnlyList<string> AnswerHeader = ["Commune", "Type", "Texte", "Thèmes", "Rôle de l'auteur", "Date"];
    public static readonly IReadOnlyList<string> RiskHeader = ["Commune", "Thème", "Niveau", "Commentaire", "Rôle de l'auteur"];

    private static readonly int DateColumn = AnswerHeader.Count - 1;

    /// <summary>Excel and LibreOffice run a cell starting with one of these as a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// One row per answer (commune, type, texte, thèmes, rôle de l'auteur, date), by commune then date: UTF-8 with a
    /// BOM and « ; » separators, as French Excel opens it; a cell that would start a formula is prefixed with a quote.
    /// </summary>
    /// <exception cref="AccessDeniedException"/>
    public async Task<byte[]> ExportCsvAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        var data = await LoadAsync(viewer, intercommunalityId, withMatrix: false, ct);

        using var stream = new MemoryStream();
        var configuration = new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR"))
        {
            Delimiter = ";",
            NewLine = "\r\n",
            // Neutralised below, the same way for every cell.
            InjectionOptions = InjectionOptions.None,
        };
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, configuration))
        {
            foreach (var field in AnswerHeader)
            {
                csv.WriteField(field);
            }
            await csv.NextRecordAsync();
            foreach (var answer in data.Answers)
            {
                foreach (var field in AnswerTexts(answer).Append(ExportLabels.Date(answer.RecordedAt)))
                {
                    csv.WriteField(NeutraliseFormula(field));
                }
                await csv.NextRecordAsync();
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A workbook with a « Matrice » sheet (communes × theme labels, number of difficulty answers), one sheet per theme
    /// (named after its short label) with the answers whose effective themes include it, and a « Risques » sheet.
    /// Texts are stored as strings, never as formulas; the answers' dates as spreadsheet dates in Paris time, shown
    /// « 31/12/2025 14:05 » as in the CSV, so that they sort and filter as dates. Written row by row into the compressed
    /// package (<see cref="XlsxWorkbookWriter"/>), from a single reading of the answers.
    /// </summary>
    /// <exception cref="AccessDeniedException"/>
    public async Task<byte[]> ExportXlsxAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        var data = await LoadAsync(viewer, intercommunalityId, withMatrix: true, ct);

        using var stream = new MemoryStream();
        using (var workbook = new XlsxWorkbookWriter(stream))
        {
            workbook.BeginSheet(MatrixSheetName);
            workbook.BeginRow(header: true);
            workbook.Text("Commune");
            foreach (var theme in themes.All)
            {
                workbook.Text(theme.Label);
            }
            workbook.Text("Répondants");
            workbook.EndRow();
            foreach (var row in data.Matrix)
            {
                workbook.BeginRow();
                workbook.Text(row.Commune);
                foreach (var count in row.DifficultyCounts)
                {
                    workbook.Number(count);
                }
                workbook.Number(row.Respondents);
                workbook.EndRow();
            }
            workbook.EndSheet();

            // Each answer's cells once, whatever the number of theme sheets it appears on.
            var answerTexts = new string[data.Answers.Count][];
            var answerDates = new DateTime[data.Answers.Count];
            var answersByTheme = themes.All.ToDictionary(t => t.Id, _ => new List<int>());
            for (var i = 0; i < data.Answers.Count; i++)
            {
                var answer = data.Answers[i];
                answerTexts[i] = AnswerTexts(answer);
                answerDates[i] = ExportLabels.LocalTime(answer.RecordedAt);
                foreach (var themeId in answer.Themes)
                {
                    answersByTheme.GetValueOrDefault(themeId)?.Add(i);
                }
            }
            foreach (var theme in themes.All)
            {
                workbook.BeginSheet(theme.ShortLabel, dateColumns: DateColumn);
                HeaderRow(workbook, AnswerHeader);
                foreach (var index in answersByTheme[theme.Id])
                {
                    workbook.BeginRow();
                    foreach (var cell in answerTexts[index])
                    {
                        workbook.Text(cell);
                    }
                    workbook.Date(answerDates[index]);
                    workbook.EndRow();
                }
                workbook.EndSheet();
            }

            workbook.BeginSheet(RiskSheetName);
            HeaderRow(workbook, RiskHeader);
            foreach (var risk in data.Risks)
            {
                workbook.BeginRow();
                workbook.Text(risk.Commune);
                workbook.Text(ExportLabels.Theme(themes, risk.ThemeId));
                workbook.Text(ExportLabels.Risk(risk.Level));
                workbook.Text(risk.Comment ?? string.Empty);
                workbook.Text(ExportLabels.Role(risk.AuthorRole));
                workbook.EndRow();
            }
            workbook.EndSheet();
            workbook.Complete();
        }
        return stream.ToArray();
    }

    private static void HeaderRow(XlsxWorkbookWriter workbook, IReadOnlyList<string> header)
    {
        workbook.BeginRow(header: true);
        foreach (var name in header)
        {
            workbook.Text(name);
        }
        workbook.EndRow();
    }

    /// <summary>Prefixes with a quote a text a spreadsheet would take for a formula (= + - @, tab, carriage return).</summary>
    public static string NeutraliseFormula(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    /// <summary>An answer's cells but the date, which the CSV writes as text and the workbook as a date.</summary>
    private string[] AnswerTexts(ReviewedAnswer answer) =>
    [
        answer.Commune.Name,
        ExportLabels.Kind(answer.Kind, answer.ReportsNoDifficulty),
        answer.Text,
        ExportLabels.Themes(themes, answer.Themes),
        ExportLabels.Role(answer.AuthorRole),
    ];

    private sealed record ExportedRisk(string Commune, string ThemeId, RiskLevel Level, string? Comment, ParticipantRole AuthorRole);

    /// <summary>A commune's line of the « Matrice » sheet.</summary>
    /// <param name="DifficultyCounts">By theme, in catalogue order: <see cref="ThemeCell.DifficultyCount"/>.</param>
    /// <param name="Respondents"><see cref="CommuneCompletion.Respondents"/>.</param>
    private sealed record MatrixRow(string Commune, int[] DifficultyCounts, int Respondents);

    private sealed record ExportData(IReadOnlyList<ReviewedAnswer> Answers, IReadOnlyList<ExportedRisk> Risks, IReadOnlyList<MatrixRow> Matrix);

    /// <summary>Every answer, risk level and author of the intercommunalité, read once (one query each).</summary>
    private async Task<ExportData> LoadAsync(ParticipantProfile viewer, int intercommunalityId, bool withMatrix, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ReviewScope.ResolveAsync(db, access, viewer, ProtectedAction.Export, intercommunalityId, requireAll: true, ct);
        var communeIds = scope.CommuneIds.ToList();
        var communes = scope.Communes.ToDictionary(c => c.Id);
        var communeOrder = scope.Communes.Select((c, index) => (c.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var themeOrder = themes.All.Select((t, index) => (t.Id, index)).ToDictionary(x => x.Id, x => x.index);

        var answers = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => communeIds.Contains(a.CommuneId)).ToListAsync(ct);
        var risks = await db.RiskAssessments.AsNoTracking()
            .Where(r => communeIds.Contains(r.CommuneId)).ToListAsync(ct);
        var people = await ThemeMatrixService.LoadPeopleAsync(db, answers, risks.Select(r => r.ParticipantId), ct);

        var reviewed = answers
            .OrderBy(a => communeOrder[a.CommuneId]).ThenBy(a => a.RecordedAt).ThenBy(a => a.Id)
            .Select(a => ThemeMatrixService.ToReviewed(a, communes[a.CommuneId], people))
            .ToList();
        var exportedRisks = risks
            .OrderBy(r => communeOrder[r.CommuneId])
            .ThenBy(r => themeOrder.GetValueOrDefault(r.ThemeId, int.MaxValue))
            .ThenByDescending(r => r.Level).ThenBy(r => r.Id)
            .Select(r => new ExportedRisk(communes[r.CommuneId].Name, r.ThemeId, r.Level, r.Comment, people[r.ParticipantId].Role))
            .ToList();
        if (!withMatrix)
        {
            return new ExportData(reviewed, exportedRisks, []);
        }

        // The matrix as ThemeMatrixService computes it, from these answers rather than from a second reading of them.
        var counts = scope.Communes.Select(_ => new int[themes.All.Count]).ToArray();
        var respondents = scope.Communes.Select(_ => new HashSet<int>()).ToArray();
        foreach (var answer in answers)
        {
            var commune = communeOrder[answer.CommuneId];
            if (people[answer.ParticipantId].IsRespondent)
            {
                respondents[commune].Add(answer.ParticipantId);
            }
            if (answer.Kind == AnswerKind.Difficulty && !answer.ReportsNoDifficulty)
            {
                foreach (var themeId in answer.EffectiveDifficulties())
                {
                    if (themeOrder.TryGetValue(themeId, out var theme))
                    {
                        counts[commune][theme]++;
                    }
                }
            }
        }
        var matrix = scope.Communes.Select((c, i) => new MatrixRow(c.Name, counts[i], respondents[i].Count)).ToList();

        return new ExportData(reviewed, exportedRisks, matrix);
    }
}
