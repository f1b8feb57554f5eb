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
                    Assert.Equal(r == 0 ? 1u : null, cells[c].StyleIndex?.Value);
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
        // Answers and risks: text only, dates included (as written in French, not as Excel dates).
        Assert.All(
            Part(workbook, AnswerExportService.RiskSheetName).Worksheet.Descendants<Cell>()
                .Concat(Part(workbook, themes.Get("logement").ShortLabel).Worksheet.Descendants<Cell>()),
            cell => Assert.Equal(CellValues.InlineString, cell.DataType!.Value));
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
