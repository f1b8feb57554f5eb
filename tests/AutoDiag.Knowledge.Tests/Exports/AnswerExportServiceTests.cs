using System.Globalization;
using System.Text;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Tests.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Exports;

public sealed class AnswerExportServiceTests : IAsyncLifetime
{
    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private readonly ThemeCatalog themes = ThemeCatalog.LoadDefault();
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private AnswerExportService exports = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        var access = new AccessPolicy(accessLog.Object);
        exports = new AnswerExportService(database.Factory, themes, access);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_csv_has_a_bom_semicolons_accents_and_no_live_formula()
    {
        var bytes = await exports.ExportCsvAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Commune;Type;Texte;Thèmes;Rôle de l'auteur;Date\r\n", text, StringComparison.Ordinal);

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" });
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal(AnswerExportService.AnswerHeader, csv.HeaderRecord);
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        Assert.Equal(7, rows.Count); // the other intercommunalité's answer is not there
        var formula = rows.Single(r => r["Texte"].Contains("Épicerie", StringComparison.Ordinal));
        Assert.Equal("'" + ReviewDataset.FormulaText, formula["Texte"]);
        Assert.Equal("ressource", formula["Type"]);
        Assert.Equal("Précarités et pauvreté · Lien social, isolement et vie associative", formula["Thèmes"]);

        var corrected = rows.Single(r => r["Texte"] == "plus de médecin depuis deux ans");
        Assert.Equal("Merville", corrected["Commune"]);
        Assert.Equal("difficulté", corrected["Type"]);
        Assert.Equal("Santé", corrected["Thèmes"]);
        Assert.Equal("élu", corrected["Rôle de l'auteur"]);
        Assert.Equal(ExportLabels.Date(ReviewDataset.Start.AddMinutes(2)), corrected["Date"]);
        Assert.Matches(@"^\d{2}/\d{2}/2025 \d{2}:02$", corrected["Date"]);

        var semicolon = rows.Single(r => r["Rôle de l'auteur"] == "secrétaire de mairie");
        Assert.Equal("familles isolées ; loyers trop chers", semicolon["Texte"]);
        Assert.Equal("rien à signaler", rows.Single(r => r["Texte"] == "Rien à signaler")["Type"]);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+33 6", "'+33 6")]
    [InlineData("- liste", "'- liste")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a = b", "a = b")]
    [InlineData("", "")]
    public void Formula_starts_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, AnswerExportService.NeutraliseFormula(value));

    [Fact]
    public async Task The_workbook_has_the_matrix_a_sheet_per_theme_and_the_risks()
    {
        var bytes = await exports.ExportXlsxAsync(data.Consultant, data.IntercommunalityId);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Matrice", .. themes.All.Select(t => t.ShortLabel), "Risques"], names);
        Assert.All(names, n => Assert.True(n.Length <= 31));

        var matrix = ReadSheet(workbook, "Matrice");
        Assert.Equal(["Commune", .. themes.All.Select(t => t.Label), "Répondants"], matrix[0]);
        Assert.Equal(9, matrix.Count); // header + the 8 communes
        var merville = matrix.Single(r => r[0] == "Merville");
        string Count(List<string> row, string themeId) => row[1 + themes.All.ToList().FindIndex(t => t.Id == themeId)];
        Assert.Equal("2", Count(merville, "jeunesse"));
        Assert.Equal("1", Count(merville, "sante"));
        Assert.Equal("0", Count(merville, "logement"));
        Assert.Equal("1", merville[^1]);
        var estaires = matrix.Single(r => r[0] == "Estaires");
        Assert.Equal("2", Count(estaires, "logement"));
        Assert.Equal("2", estaires[^1]);

        var logement = ReadSheet(workbook, themes.Get("logement").ShortLabel);
        Assert.Equal(AnswerExportService.AnswerHeader, logement[0]);
        Assert.Equal(5, logement.Count); // header + answers 3, 4, 6, 7
        Assert.Contains(logement, r => r[2] == "familles isolées ; loyers trop chers" && r[4] == "secrétaire de mairie");
        var precarite = ReadSheet(workbook, themes.Get("precarite").ShortLabel);
        // A string cell, never a formula: stored as written.
        Assert.Contains(precarite, r => r[2] == ReviewDataset.FormulaText && r[1] == "ressource");
        Assert.Single(ReadSheet(workbook, themes.Get("gouvernance").ShortLabel));

        var risks = ReadSheet(workbook, "Risques");
        Assert.Equal(AnswerExportService.RiskHeader, risks[0]);
        Assert.Equal(6, risks.Count);
        Assert.Contains(risks, r => r.SequenceEqual(["Merville", "Mobilité", "élevé", "la ligne ferme en juin", "élu"]));
        Assert.Contains(risks, r => r.SequenceEqual(["Estaires", "Logement et habitat", "élevé", "=cmd|' /C calc'!A0", "secrétaire de mairie"]));
        Assert.Contains(risks, r => r[0] == "Merville" && r[1] == "Santé" && r[2] == "modéré");
        Assert.DoesNotContain(workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()), _ => true);
    }

    [Fact]
    public async Task Only_consultants_and_administrators_of_the_intercommunality_export()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => exports.ExportCsvAsync(data.Anne, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => exports.ExportXlsxAsync(data.Berenice, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => exports.ExportCsvAsync(data.OtherConsultant, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => exports.ExportXlsxAsync(data.Consultant, data.OtherIntercommunalityId));

        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(4));
        var other = await exports.ExportCsvAsync(data.OtherConsultant, data.OtherIntercommunalityId);
        Assert.Contains("pas de bus ailleurs", Encoding.UTF8.GetString(other), StringComparison.Ordinal);
    }

    /// <summary>The cells' texts, row by row (inline strings and numbers).</summary>
    private static List<List<string>> ReadSheet(WorkbookPart workbook, string name)
    {
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>()
                .Select(c => c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text ?? string.Empty)
                .ToList())
            .ToList();
    }
}
