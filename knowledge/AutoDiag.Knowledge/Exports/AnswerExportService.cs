using System.Globalization;
using System.Text;
using System.Xml;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Themes;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
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
    AccessPolicy access,
    ThemeMatrixService matrices)
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string MatrixSheetName = "Matrice";
    public const string RiskSheetName = "Risques";

    /// <summary>The columns of the CSV and of the theme sheets.</summary>
    public static readonly IReadOnlyList<string> AnswerHeader = ["Commune", "Type", "Texte", "Thèmes", "Rôle de l'auteur", "Date"];
    public static readonly IReadOnlyList<string> RiskHeader = ["Commune", "Thème", "Niveau", "Commentaire", "Rôle de l'auteur"];

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
                foreach (var field in AnswerRow(answer))
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
    /// Texts are stored as strings, never as formulas.
    /// </summary>
    /// <exception cref="AccessDeniedException"/>
    public async Task<byte[]> ExportXlsxAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        var data = await LoadAsync(viewer, intercommunalityId, withMatrix: true, ct);

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = new WorkbookWriter(document);

            var matrix = data.Matrix!;
            var matrixRows = new List<IReadOnlyList<object>>
            {
                new object[] { "Commune" }.Concat(matrix.Themes.Select(t => t.Label)).Append("Répondants").ToList(),
            };
            matrixRows.AddRange(matrix.Rows.Select(row => (IReadOnlyList<object>)new object[] { row.Commune.Name }
                .Concat(matrix.Themes.Select(t => (object)row.Cells[t.Id].DifficultyCount))
                .Append(row.Completion.Respondents)
                .ToList()));
            workbook.AddSheet(MatrixSheetName, matrixRows);

            foreach (var theme in themes.All)
            {
                var rows = new List<IReadOnlyList<object>> { AnswerHeader.ToList<object>() };
                rows.AddRange(data.Answers.Where(a => a.Themes.Contains(theme.Id)).Select(a => AnswerRow(a).ToList<object>()));
                workbook.AddSheet(theme.ShortLabel, rows);
            }

            var riskRows = new List<IReadOnlyList<object>> { RiskHeader.ToList<object>() };
            riskRows.AddRange(data.Risks.Select(r => (IReadOnlyList<object>)
            [
                r.Commune,
                ExportLabels.Theme(themes, r.ThemeId),
                ExportLabels.Risk(r.Level),
                r.Comment ?? string.Empty,
                ExportLabels.Role(r.AuthorRole),
            ]));
            workbook.AddSheet(RiskSheetName, riskRows);
        }
        return stream.ToArray();
    }

    /// <summary>Prefixes with a quote a text a spreadsheet would take for a formula (= + - @, tab, carriage return).</summary>
    public static string NeutraliseFormula(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;

    private IEnumerable<string> AnswerRow(ReviewedAnswer answer) =>
    [
        answer.Commune.Name,
        ExportLabels.Kind(answer.Kind, answer.ReportsNoDifficulty),
        answer.Text,
        ExportLabels.Themes(themes, answer.Themes),
        ExportLabels.Role(answer.AuthorRole),
        ExportLabels.Date(answer.RecordedAt),
    ];

    private sealed record ExportedRisk(string Commune, string ThemeId, RiskLevel Level, string? Comment, ParticipantRole AuthorRole);

    private sealed record ExportData(IReadOnlyList<ReviewedAnswer> Answers, IReadOnlyList<ExportedRisk> Risks, ThemeMatrix? Matrix);

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
        var riskAuthorIds = risks.Select(r => r.ParticipantId).Distinct().ToList();
        var people = new Dictionary<int, ThemeMatrixService.Person>(await ThemeMatrixService.LoadPeopleAsync(db, answers, ct));
        foreach (var person in await db.Participants.AsNoTracking().Where(p => riskAuthorIds.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName, p.Role }).ToListAsync(ct))
        {
            people.TryAdd(person.Id, new ThemeMatrixService.Person(person.DisplayName, person.Role));
        }

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
        var matrix = withMatrix ? await matrices.BuildMatrixAsync(db, scope, ct) : null;
        return new ExportData(reviewed, exportedRisks, matrix);
    }

    /// <summary>Appends worksheets of strings and numbers, the first row in bold.</summary>
    private sealed class WorkbookWriter
    {
        private const int MaxSheetNameLength = 31;
        private readonly WorkbookPart workbookPart;
        private readonly Sheets sheets;
        private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);
        private uint nextSheetId = 1;

        public WorkbookWriter(SpreadsheetDocument document)
        {
            workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
                new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
                new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
        }

        public void AddSheet(string name, IReadOnlyList<IReadOnlyList<object>> rows)
        {
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var reference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    var cell = rows[r][c] switch
                    {
                        int number => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(number) },
                        var value => new Cell
                        {
                            CellReference = reference,
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(XmlSafe(value?.ToString() ?? string.Empty)) { Space = SpaceProcessingModeValues.Preserve }),
                        },
                    };
                    if (r == 0)
                    {
                        cell.StyleIndex = 1;
                    }
                    row.Append(cell);
                }
                data.Append(row);
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            worksheetPart.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = nextSheetId++, Name = UniqueName(name) });
        }

        /// <summary>Excel's rules: at most 31 characters, none of : \ / ? * [ ], unique regardless of case.</summary>
        private string UniqueName(string name)
        {
            var clean = new string(name.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim('\'', ' ');
            if (clean.Length == 0)
            {
                clean = "Feuille";
            }
            var candidate = clean.Length > MaxSheetNameLength ? clean[..MaxSheetNameLength] : clean;
            for (var n = 2; !names.Add(candidate); n++)
            {
                var suffix = $" ({n})";
                candidate = (clean.Length + suffix.Length > MaxSheetNameLength ? clean[..(MaxSheetNameLength - suffix.Length)] : clean) + suffix;
            }
            return candidate;
        }

        private static string ColumnName(int index)
        {
            var name = string.Empty;
            for (var n = index + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + (n - 1) % 26) + name;
            }
            return name;
        }

        /// <summary>Drops the control characters XML cannot carry (a pasted text may hold some).</summary>
        private static string XmlSafe(string text)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
                {
                    builder.Append(text, i, 2);
                    i++;
                }
                else if (XmlConvert.IsXmlChar(text[i]))
                {
                    builder.Append(text[i]);
                }
            }
            return builder.ToString();
        }
    }
}
