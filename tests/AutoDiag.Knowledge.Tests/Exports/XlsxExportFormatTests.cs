using System.Text;
using System.Text.Json.Nodes;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Tests.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Tests.Exports;

/// <summary>
/// What the streamed workbook must keep: a valid package, cell types and styles, the matrix as the review shows it,
/// texts Excel could choke on, and sheet names Excel accepts.
/// </summary>
public sealed class XlsxExportFormatTests : IAsyncLifetime
{
    private readonly ThemeCatalog themes = ThemeCatalog.LoadDefault();
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private AccessPolicy access = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_workbook_is_a_valid_spreadsheet_with_typed_cells_and_bold_headers()
    {
        var bytes = await Exports(themes).ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        AssertValid(document);
        var workbook = document.WorkbookPart!;
        Assert.Null(workbook.SharedStringTablePart);
        var fonts = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var formats = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        Assert.NotNull(fonts[(int)formats[1].FontId!.Value].Bold);
        Assert.Null(fonts[(int)(formats[0].FontId?.Value ?? 0)].Bold);

        var dateStyle = DateStyleIndex(workbook);
        var themeSheets = themes.All.Select(t => t.ShortLabel).ToHashSet();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var rows = Part(workbook, sheet.Name!).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.Equal((uint)(r + 1), rows[r].RowIndex!.Value);
                var cells = rows[r].Elements<Cell>().ToList();
                for (var c = 0; c < cells.Count; c++)
                {
                    Assert.Equal($"{(char)('A' + c)}{r + 1}", cells[c].CellReference!.Value);
                    var isDate = r > 0 && themeSheets.Contains(sheet.Name!) && c == DateColumn;
                    Assert.Equal(r == 0 ? 1u : isDate ? dateStyle : null, cells[c].StyleIndex?.Value);
                    Assert.Null(cells[c].CellFormula);
                }
            }
            Assert.All(rows[0].Elements<Cell>(), cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));
        }

        // The matrix: the commune as text, the counts and the respondents as numbers.
        var merville = Part(workbook, AnswerExportService.MatrixSheetName).Worksheet.Descendants<Row>()
            .Single(row => row.Elements<Cell>().First().InlineString?.InnerText == "Merville")
            .Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, merville[0].DataType!.Value);
        Assert.All(merville.Skip(1), cell =>
        {
            Assert.Equal(CellValues.Number, cell.DataType!.Value);
            Assert.True(int.TryParse(cell.CellValue!.Text, out _));
        });
        // Risks: text only. Answers: text, but the date, a number with the date style.
        Assert.All(
            Part(workbook, AnswerExportService.RiskSheetName).Worksheet.Descendants<Cell>(),
            cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));
        var logement = Part(workbook, themes.Get("logement").ShortLabel).Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(4, logement.Count);
        Assert.All(logement, row =>
        {
            var cells = row.Elements<Cell>().ToList();
            Assert.Equal(AnswerExportService.AnswerHeader.Count, cells.Count);
            Assert.All(cells.SkipLast(1), cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));
            Assert.Equal((CellValues.Number, dateStyle), (cells[^1].DataType!.Value, cells[^1].StyleIndex!.Value));
        });
    }

    [Fact]
    public async Task Dates_are_spreadsheet_dates_in_Paris_time_that_sort_across_months_and_read_as_the_csv_does()
    {
        // Winter (UTC+1) across a day and a month, summer (UTC+2), seconds to drop; recorded out of date order.
        (DateTime Utc, DateTime Paris, string Text)[] instants =
        [
            (new DateTime(2025, 3, 2, 8, 15, 0, DateTimeKind.Utc), new DateTime(2025, 3, 2, 9, 15, 0), "02/03/2025 09:15"),
            (new DateTime(2025, 1, 31, 23, 30, 45, DateTimeKind.Utc), new DateTime(2025, 2, 1, 0, 30, 0), "01/02/2025 00:30"),
            (new DateTime(2025, 7, 14, 16, 5, 59, DateTimeKind.Utc), new DateTime(2025, 7, 14, 18, 5, 0), "14/07/2025 18:05"),
            (new DateTime(2025, 1, 15, 10, 0, 0, DateTimeKind.Utc), new DateTime(2025, 1, 15, 11, 0, 0), "15/01/2025 11:00"),
        ];
        await using (var db = database.Factory.CreateDbContext())
        {
            var n = 0;
            foreach (var (utc, _, _) in instants)
            {
                db.Answers.Add(new Answer
                {
                    CommuneId = data.Communes["Merville"], ParticipantId = data.Anne.Id, Kind = AnswerKind.Difficulty, Text = $"réponse {n}",
                    RecordedAt = utc, SourceActivityId = $"date|{n++}",
                    Tags = [new ThemeTag { ThemeId = "gouvernance", Confidence = 0.9, Source = TagSource.Automatic }],
                });
            }
            await db.SaveChangesAsync();
        }

        var bytes = await Exports(themes).ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        AssertValid(document);
        var workbook = document.WorkbookPart!;
        var sheet = Part(workbook, themes.Get("gouvernance").ShortLabel).Worksheet;
        var dates = sheet.Descendants<Row>().Skip(1)
            .Select(row => row.Elements<Cell>().ToList())
            .ToDictionary(cells => cells[2].InlineString!.InnerText, cells => cells[DateColumn]);
        Assert.Equal(instants.Length, dates.Count);
        var dateStyle = DateStyleIndex(workbook);
        var values = new List<double>();
        for (var n = 0; n < instants.Length; n++)
        {
            var cell = dates[$"réponse {n}"];
            Assert.Equal(CellValues.Number, cell.DataType?.Value ?? CellValues.Number); // no type is a number too
            Assert.Equal(dateStyle, cell.StyleIndex!.Value);
            var value = double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(instants[n].Paris, DateTime.FromOADate(value));
            values.Add(value);
        }
        // Sorted as numbers, they come in time order; as the text they were (« 02/03/2025 » before « 15/01/2025 »), they did not.
        var byTime = Enumerable.Range(0, instants.Length).OrderBy(n => instants[n].Utc).ToList();
        Assert.Equal(byTime, Enumerable.Range(0, instants.Length).OrderBy(n => values[n]));
        Assert.NotEqual(byTime, Enumerable.Range(0, instants.Length).OrderBy(n => instants[n].Text, StringComparer.Ordinal));

        // The date column is wide enough for « 01/02/2025 00:30 »: a spreadsheet shows a number too wide as « #### ».
        var column = Assert.Single(sheet.GetFirstChild<Columns>()!.Elements<Column>(), c => c.Min!.Value <= DateColumn + 1 && DateColumn + 1 <= c.Max!.Value);
        Assert.True(column.CustomWidth!.Value);
        Assert.InRange(column.Width!.Value, "01/02/2025 00:30".Length, 30);

        // The CSV keeps its text dates, which read the same.
        var csv = Encoding.UTF8.GetString(await Exports(themes).ExportCsvAsync(data.Consultant, data.IntercommunalityId));
        for (var n = 0; n < instants.Length; n++)
        {
            Assert.Contains($"Merville;difficulté;réponse {n};{themes.Get("gouvernance").Label};élu;{instants[n].Text}\r\n", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_matrix_sheet_shows_what_the_review_matrix_shows()
    {
        var matrices = new ThemeMatrixService(database.Factory, themes, access, NullLogger<ThemeMatrixService>.Instance);
        var expected = await matrices.GetMatrixAsync(data.Consultant, data.IntercommunalityId);

        var bytes = await Exports(themes).ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var rows = ReadSheet(document.WorkbookPart!, AnswerExportService.MatrixSheetName);
        Assert.Equal(
            expected.Rows.Select(row => (List<string>)
                [row.Commune.Name, .. expected.Themes.Select(t => row.Cells[t.Id].DifficultyCount.ToString()), row.Completion.Respondents.ToString()]),
            rows.Skip(1));
        Assert.Contains(expected.Rows, row => row.Cells.Values.Any(cell => cell.DifficultyCount > 0)); // not a vacuous comparison
    }

    [Fact]
    public async Task Long_texts_formulas_markup_and_characters_xml_cannot_carry_are_written_as_text()
    {
        var merville = data.Communes["Merville"];
        var long4000 = "Le bus " + new string('é', 3_988) + " fin.";
        var formula = "=HYPERLINK(\"http://exemple.test\";\"clic\")";
        var markup = "  <b>loyers</b> & charges « trop chers » 🏠  ";
        var control = "ligne\u0001un\u000Bdeux\uFFFEtrois\nquatre";
        await using (var db = database.Factory.CreateDbContext())
        {
            var n = 0;
            foreach (var text in new[] { long4000, formula, markup, control })
            {
                db.Answers.Add(new Answer
                {
                    CommuneId = merville, ParticipantId = data.Anne.Id, Kind = AnswerKind.Difficulty, Text = text,
                    RecordedAt = ReviewDataset.Start.AddHours(2).AddMinutes(n), SourceActivityId = $"format|{n++}",
                    Tags = [new ThemeTag { ThemeId = "gouvernance", Confidence = 0.9, Source = TagSource.Automatic }],
                });
            }
            await db.SaveChangesAsync();
        }
        Assert.Equal(4_000, long4000.Length);

        var bytes = await Exports(themes).ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        AssertValid(document);
        var texts = ReadSheet(document.WorkbookPart!, themes.Get("gouvernance").ShortLabel).Skip(1).Select(row => row[2]).ToList();
        Assert.Equal([long4000, formula, markup, "ligneundeuxtrois\nquatre"], texts);
        Assert.Empty(Part(document.WorkbookPart!, themes.Get("gouvernance").ShortLabel).Worksheet.Descendants<CellFormula>());
    }

    [Fact]
    public async Task Sheet_names_are_cut_to_31_characters_cleaned_and_made_unique()
    {
        var catalog = Path.Combine(Path.GetTempPath(), $"themes-{Guid.NewGuid():N}.json");
        try
        {
            var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "themes.json")))!.AsArray();
            void Short(string id, string label) => json.Single(t => (string)t!["id"]! == id)!["shortLabel"] = label;
            Short("acces-aux-droits", "Accès aux droits : CAF/CPAM [et] services publics ?*");
            Short("sante", "Logement");
            Short("mobilite", "'*?'");
            await File.WriteAllTextAsync(catalog, json.ToJsonString());
            var odd = ThemeCatalog.Load(catalog);

            var bytes = await Exports(odd).ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
            AssertValid(document);
            var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
            Assert.Equal(odd.All.Count + 2, names.Count);
            Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(names, name =>
            {
                Assert.InRange(name.Length, 1, 31);
                Assert.DoesNotContain(name, ch => ":\\/?*[]".Contains(ch));
            });
            string SheetOf(string themeId) => names[1 + odd.All.ToList().FindIndex(t => t.Id == themeId)];
            Assert.Equal("Accès aux droits  CAFCPAM et se", SheetOf("acces-aux-droits"));
            Assert.Equal("Feuille", SheetOf("mobilite"));
            // « Santé » renamed « Logement » comes before the logement theme in the catalogue: the latter gets « (2) ».
            Assert.Equal("Logement", SheetOf("sante"));
            Assert.Equal("Logement (2)", SheetOf("logement"));
            Assert.Contains(ReadSheet(document.WorkbookPart!, "Logement (2)"), row => row[2] == "logements insalubres dans le centre");
        }
        finally
        {
            File.Delete(catalog);
        }
    }

    private AnswerExportService Exports(ThemeCatalog catalog) => new(database.Factory, catalog, access);

    private static readonly int DateColumn = AnswerExportService.AnswerHeader.ToList().IndexOf("Date");

    /// <summary>The one cell format that shows numbers as French dates and times, « 31/12/2025 14:05 ».</summary>
    private static uint DateStyleIndex(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var format = Assert.Single(stylesheet.NumberingFormats!.Elements<NumberingFormat>(), f => f.FormatCode?.Value == "dd/mm/yyyy hh:mm");
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var index = Assert.Single(Enumerable.Range(0, formats.Count), i => formats[i].NumberFormatId?.Value == format.NumberFormatId!.Value);
        Assert.True(formats[index].ApplyNumberFormat!.Value);
        return (uint)index;
    }

    private static void AssertValid(SpreadsheetDocument document)
    {
        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.Empty(errors);
    }

    private static WorksheetPart Part(WorkbookPart workbook, string sheetName) =>
        (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName).Id!.Value!);

    private static List<List<string>> ReadSheet(WorkbookPart workbook, string sheetName) =>
        Part(workbook, sheetName).Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>()
                .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty)
                .ToList())
            .ToList();
}
