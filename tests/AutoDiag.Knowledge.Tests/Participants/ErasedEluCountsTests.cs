using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Knowledge.Tests.Participants;

/// <summary>
/// Once an élu is erased with their answers kept under « élu anonyme », the answers are still the commune's — in the
/// cells, the listings, the fiche and the exports — but the « élu anonyme » is no respondent and no élu: nobody behind it
/// has finished or will. On both providers: the « élu anonyme » is recognised in the database's SQL.
/// </summary>
public abstract class ErasedEluCountsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Lazy<PisteSearch> Pistes = new(PisteSearch.LoadDefault);

    private readonly ThemeCatalog themes = ThemeCatalog.LoadDefault();
    private TestDatabase database = null!;
    private ParticipantDataDataset data = null!;
    private ParticipantDataService participants = null!;
    private ThemeMatrixService matrices = null!;
    private AnswerExportService exports = null!;
    private FicheSyntheseService fiches = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        data = await ParticipantDataDataset.CreateAsync(database);
        var access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
        participants = new ParticipantDataService(database.Factory, access, TimeProvider.System, NullLogger<ParticipantDataService>.Instance);
        matrices = new ThemeMatrixService(database.Factory, themes, access, NullLogger<ThemeMatrixService>.Instance);
        exports = new AnswerExportService(database.Factory, themes, access);
        fiches = new FicheSyntheseService(database.Factory, themes, access, matrices, Pistes, TimeProvider.System);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_overview_counts_the_people_who_answered_not_the_elu_anonyme()
    {
        // Paul alone answered about Estaires (a resource, difficulties closed): « 0/1 » there before.
        Assert.Equal(("Estaires", 0, 1), Finished(await MatrixAsync(), "Estaires"));

        await participants.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        var matrix = await MatrixAsync();
        Assert.Equal(("Estaires", 0, 0), Finished(matrix, "Estaires"));
        Assert.Equal(
            [ParticipantDataDataset.JeanName, ParticipantDataDataset.MarcName, ParticipantDataDataset.SophieName],
            Row(matrix, "Merville").Completion.Participants.Select(p => p.DisplayName));
        // His answers are still Merville's, under « élu anonyme »: the bus (mobilité, beside Marc's) and the doctor (santé).
        Assert.Equal(2, Row(matrix, "Merville").Cells["mobilite"].DifficultyCount);
        Assert.Equal(1, Row(matrix, "Merville").Cells["sante"].DifficultyCount);
        var estaires = await matrices.ListAnswersAsync(data.Administrator, data.IntercommunalityId, data.Estaires, null, 1, 10);
        Assert.Equal(
            [("Épicerie solidaire le mardi, l'après-midi", ParticipantDataService.AnonymousDisplayName)],
            estaires.Items.Select(a => (a.Text, a.AuthorName)));
    }

    [Fact]
    public async Task Two_erased_elus_sharing_the_elu_anonyme_count_as_nobody()
    {
        await participants.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);
        await participants.EraseAsync(data.Administrator, data.Marc.Id, ErasureMode.ReassignToAnonymous);

        var merville = Row(await MatrixAsync(), "Merville");

        Assert.Equal(
            [ParticipantDataDataset.JeanName, ParticipantDataDataset.SophieName],
            merville.Completion.Participants.Select(p => p.DisplayName));
        Assert.Equal(2, merville.Completion.Respondents);
        Assert.Equal(2, merville.Cells["mobilite"].DifficultyCount); // Paul's bus and Marc's answer, both kept
    }

    [Fact]
    public async Task The_workbooks_respondents_leave_out_the_elu_anonyme_as_the_overview_does()
    {
        Assert.Equal([("Merville", "4"), ("Estaires", "1")], await RespondentsSheetAsync("Merville", "Estaires"));

        await participants.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        Assert.Equal([("Merville", "3"), ("Estaires", "0")], await RespondentsSheetAsync("Merville", "Estaires"));
        var matrix = await MatrixAsync();
        Assert.Equal([3, 0], new[] { "Merville", "Estaires" }.Select(name => Row(matrix, name).Completion.Respondents));
    }

    [Fact]
    public async Task The_fiche_counts_the_communes_answers_but_not_the_elu_anonyme_among_the_elus()
    {
        Assert.Contains(Participation(communes: 2, elus: 3), await FicheMarkdownAsync());

        await participants.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        // Estaires' only answer is the « élu anonyme »'s: the commune still answered, and the answers are all there.
        var fiche = await FicheMarkdownAsync();
        Assert.Contains(Participation(communes: 2, elus: 2), fiche);
        Assert.DoesNotContain(ParticipantDataService.AnonymousDisplayName, fiche);
    }

    private static string Participation(int communes, int elus) =>
        $"État des lieux\u00A0: réponses pour {communes} communes sur 8, de {elus} élus et 1 secrétaire de mairie\u00A0: 6 difficultés et 1 ressource.";

    private Task<ThemeMatrix> MatrixAsync() => matrices.GetMatrixAsync(data.Administrator, data.IntercommunalityId);

    private static CommuneMatrixRow Row(ThemeMatrix matrix, string commune) => matrix.Rows.Single(r => r.Commune.Name == commune);

    private static (string, int, int) Finished(ThemeMatrix matrix, string commune)
    {
        var completion = Row(matrix, commune).Completion;
        return (commune, completion.Completed, completion.Respondents);
    }

    private async Task<string> FicheMarkdownAsync() =>
        (await fiches.GenerateAsync(data.Administrator, data.IntercommunalityId)).Markdown;

    /// <summary>The « Répondants » column of the workbook's « Matrice » sheet, for these communes.</summary>
    private async Task<List<(string, string)>> RespondentsSheetAsync(params string[] communes)
    {
        var bytes = await exports.ExportXlsxAsync(data.Administrator, data.IntercommunalityId);
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == AnswerExportService.MatrixSheetName);
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToList())
            .ToList();
        Assert.Equal("Répondants", rows[0][^1]);
        return communes.Select(name => (name, rows.Single(r => r[0] == name)[^1])).ToList();
    }
}

public sealed class SqliteErasedEluCountsTests() : ErasedEluCountsTests(DatabaseProvider.Sqlite);

public sealed class PostgresErasedEluCountsTests() : ErasedEluCountsTests(DatabaseProvider.Postgres);
