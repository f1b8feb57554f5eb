using System.IO.Compression;
using System.Text;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Tests.Themes.Cloud;
using AutoDiag.Knowledge.Themes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using static AutoDiag.Knowledge.Tests.Participants.ParticipantDataDataset;

namespace AutoDiag.Knowledge.Tests.Privacy;

/// <summary>
/// Keeping originals (issue 7): only the masked text is stored unless an administrator of the intercommunalité turns
/// keeping originals on; then the text as typed is stored apart, never shown nor exported, only in the participant's own
/// data export, and erased with them. Everything is read back from the database.
/// </summary>
public abstract class OriginalTextTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Typed = "Mme Dupont, 87 ans, seule au 12 rue des Lilas, tel 06 12 34 56 78";
    private const string Masked = "Mme [nom], [âge], seule au [adresse], tel [téléphone]";
    private const string TypedComment = "M. Martin ne sort plus de chez lui";
    private const string MaskedComment = "M. [nom] ne sort plus de chez lui";
    private const string Plain = "Le bus ne passe plus le samedi";

    /// <summary>Pieces of the originals: none may be found where the originals must not be.</summary>
    private static readonly string[] Originals = ["Dupont", "87 ans", "rue des Lilas", "06 12 34 56 78", "Martin"];

    private readonly ListLogger<OriginalTextSettings> settingsLog = new();
    private readonly ListLogger<ParticipantDataService> dataLog = new();
    private readonly ListLogger<AccessPolicy> accessLog = new();
    private readonly Mock<IThemeCategorizer> categorizer = new();
    private TestDatabase database = null!;
    private InterviewService interview = null!;
    private OriginalTextSettings settings = null!;
    private ParticipantDataService participantData = null!;
    private ThemeMatrixService matrices = null!;
    private int intercommunalityId, merville;
    private ParticipantProfile paul = null!, sophie = null!, consultant = null!, administrator = null!, otherAdministrator = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        categorizer.Setup(c => c.Categorize(It.IsAny<string>()))
            .Returns(new ThemeCategorization([new ThemeScore("vieillissement", 0.9, ["vieillissement"])], ReportsNoDifficulty: false));
        var access = new AccessPolicy(accessLog);
        var themes = ThemeCatalog.LoadDefault();
        interview = new InterviewService(database.Factory, categorizer.Object, themes, access, new PersonalDataMasker(), TimeProvider.System);
        settings = new OriginalTextSettings(database.Factory, access, settingsLog);
        participantData = new ParticipantDataService(database.Factory, access, TimeProvider.System, dataLog);
        matrices = new ThemeMatrixService(database.Factory, themes, access, NullLogger<ThemeMatrixService>.Instance);

        int otherId;
        await using (var db = database.Open())
        {
            intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
            merville = (await db.Communes.SingleAsync(c => c.Name == "Merville")).Id;
            var other = new Intercommunality { Name = "CC Autre Territoire", Communes = [new Commune { Name = "Ailleurs" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            otherId = other.Id;
        }
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        paul = await directory.RegisterAsync(new Registration("aad-paul", "Paul Verhaeghe", ParticipantRole.Elu, intercommunalityId, [merville]));
        sophie = await directory.RegisterAsync(new Registration("aad-sophie", "Sophie Lemaire", ParticipantRole.SecretaireDeMairie, intercommunalityId, [merville]));
        consultant = await directory.RegisterAsync(new Registration("aad-claire", "Claire Vasseur", ParticipantRole.Consultant, intercommunalityId, []));
        administrator = await directory.RegisterAsync(new Registration("aad-alice", "Alice Admin", ParticipantRole.Administrator, intercommunalityId, []));
        otherAdministrator = await directory.RegisterAsync(new Registration("aad-omar", "Omar Ailleurs", ParticipantRole.Administrator, otherId, []));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Off_by_default_nothing_original_is_stored_anywhere()
    {
        Assert.False(await settings.KeepsOriginalsAsync(intercommunalityId));

        var recorded = await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Typed), "conv-paul|a1");
        var comment = (await interview.RecordRiskAsync(paul, merville, "vieillissement", RiskLevel.Eleve, TypedComment, "conv-paul|r1")).Comment;

        Assert.True(recorded.Masking!.HasMasked); // the élu is told something was masked
        Assert.Equal(MaskedComment, comment!.Text);
        await using (var db = database.Open())
        {
            var answer = await db.Answers.SingleAsync();
            Assert.Equal((Masked, null), (answer.Text, answer.OriginalText));
            var risk = await db.RiskAssessments.SingleAsync();
            Assert.Equal((MaskedComment, null), (risk.Comment, risk.OriginalComment));
            Assert.False((await db.Intercommunalities.SingleAsync(i => i.Id == intercommunalityId)).KeepOriginalTexts);
        }
        foreach (var original in Originals)
        {
            Assert.Empty(await FindEverywhereAsync(database, original));
        }
        var export = await participantData.ExportAsync(administrator, paul.Id);
        Assert.Null(Assert.Single(export.Answers).OriginalText);
        Assert.Null(Assert.Single(export.RiskAssessments).OriginalComment);
    }

    [Fact]
    public async Task Enabled_the_original_is_stored_apart_never_shown_nor_exported_but_in_the_participants_own_export()
    {
        Assert.Equal(0, await settings.SetKeepOriginalsAsync(administrator, intercommunalityId, keep: true));
        Assert.True(await settings.KeepsOriginalsAsync(intercommunalityId));

        var recorded = await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Typed), "conv-paul|a1");
        await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Plain), "conv-paul|a2");
        var comment = (await interview.RecordRiskAsync(paul, merville, "vieillissement", RiskLevel.Eleve, TypedComment, "conv-paul|r1")).Comment;

        // Stored apart, only when the masking changed something.
        await using (var db = database.Open())
        {
            var answers = await db.Answers.OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([(Masked, Typed), (Plain, null)], answers.Select(a => (a.Text, a.OriginalText)));
            var risk = await db.RiskAssessments.SingleAsync();
            Assert.Equal((MaskedComment, TypedComment), (risk.Comment, risk.OriginalComment));
        }
        Assert.Equal(["Answers.OriginalText"], await FindEverywhereAsync(database, "Dupont"));
        Assert.Equal(["RiskAssessments.OriginalComment"], await FindEverywhereAsync(database, "Martin"));

        // What the élu and the consultant see in Teams.
        Assert.Equal(Masked, recorded.Masking!.Text);
        Assert.Equal(MaskedComment, comment!.Text);
        var recap = await interview.GetRecapAsync(paul, merville);
        Assert.Equal([Masked, Plain], recap.Difficulties.Select(d => d.Text));
        Assert.Equal(MaskedComment, Assert.Single(recap.Risks).Comment);
        var card = await matrices.ListAnswersAsync(consultant, intercommunalityId, merville, null, 1, ThemeMatrixService.MaxPageSize);
        Assert.Equal([Plain, Masked], card.Items.Select(a => a.Text));

        // What is exported: CSV, XLSX and fiche synthèse, as the command line writes them (the same as the bot's downloads).
        var documents = await ExportAsync();
        var csv = Encoding.UTF8.GetString(documents["reponses.csv"]);
        Assert.Contains(Masked, csv);
        var cells = XlsxCells(documents["reponses.xlsx"]);
        Assert.Contains(Masked, cells);
        Assert.Contains(MaskedComment, cells);
        foreach (var (name, content) in documents)
        {
            var text = name.EndsWith(".xlsx", StringComparison.Ordinal) ? string.Join('\n', cells) + ZipText(content)
                : name.EndsWith(".png", StringComparison.Ordinal) ? string.Empty
                : Encoding.UTF8.GetString(content);
            foreach (var original in Originals)
            {
                Assert.DoesNotContain(original, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Only the participant's own data export has it.
        var export = await participantData.ExportAsync(administrator, paul.Id);
        Assert.Equal([(Masked, Typed), (Plain, null)], export.Answers.Select(a => (a.Text, a.OriginalText)));
        var exportedRisk = Assert.Single(export.RiskAssessments);
        Assert.Equal((MaskedComment, TypedComment), (exportedRisk.Comment, exportedRisk.OriginalComment));
        var json = Encoding.UTF8.GetString(export.ToJson());
        Assert.Contains($"\"originalText\": \"{Typed}\"", json);
        Assert.Contains($"\"originalComment\": \"{TypedComment}\"", json);
        Assert.DoesNotContain("Dupont", Encoding.UTF8.GetString((await participantData.ExportAsync(administrator, sophie.Id)).ToJson()));

        // Never in the logs.
        foreach (var entry in settingsLog.Entries.Concat(dataLog.Entries).Concat(accessLog.Entries))
        {
            foreach (var original in Originals)
            {
                Assert.DoesNotContain(original, entry.Everything, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task An_answer_typed_for_an_elu_keeps_its_original_with_the_elu_not_in_the_typists_export()
    {
        await settings.SetKeepOriginalsAsync(administrator, intercommunalityId, keep: true);

        await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Typed), "conv-sophie|a1", enteredBy: sophie);
        await interview.RecordRiskAsync(paul, merville, "vieillissement", RiskLevel.Modere, TypedComment, "conv-sophie|r1", enteredBy: sophie);

        var typist = await participantData.ExportAsync(administrator, sophie.Id);
        Assert.Equal(Masked, Assert.Single(typist.AnswersTypedForOthers).Text);
        Assert.Null(typist.AnswersTypedForOthers[0].OriginalText);
        Assert.Null(Assert.Single(typist.RiskAssessmentsTypedForOthers).OriginalComment);
        Assert.Equal(Typed, Assert.Single((await participantData.ExportAsync(administrator, paul.Id)).Answers).OriginalText);

        // Erasing the typist leaves the élu's answer, and its original, to the élu.
        await participantData.EraseAsync(administrator, sophie.Id, ErasureMode.ReassignToAnonymous);
        await using var db = database.Open();
        var answer = await db.Answers.SingleAsync();
        Assert.Equal((paul.Id, Typed), (answer.ParticipantId, answer.OriginalText));
    }

    public static TheoryData<ErasureMode> Modes() => [ErasureMode.ReassignToAnonymous, ErasureMode.Delete];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_originals_are_erased_with_the_participant(ErasureMode mode)
    {
        await settings.SetKeepOriginalsAsync(administrator, intercommunalityId, keep: true);
        await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Typed), "conv-paul|a1");
        await interview.RecordRiskAsync(paul, merville, "vieillissement", RiskLevel.Eleve, TypedComment, "conv-paul|r1");

        var report = await participantData.EraseAsync(administrator, paul.Id, mode);

        Assert.Equal(mode == ErasureMode.ReassignToAnonymous ? 2 : 0, report.OriginalTextsErased); // deleted rows take theirs along
        foreach (var original in Originals)
        {
            Assert.Empty(await FindEverywhereAsync(database, original));
        }
        await using var db = database.Open();
        if (mode == ErasureMode.ReassignToAnonymous)
        {
            // The état des lieux keeps the masked text, under « élu anonyme ».
            var answer = await db.Answers.SingleAsync();
            Assert.Equal((report.AnonymousParticipantId, Masked, (string?)null), ((int?)answer.ParticipantId, answer.Text, answer.OriginalText));
            Assert.Equal(MaskedComment, (await db.RiskAssessments.SingleAsync()).Comment);
            Assert.Null((await participantData.ExportAsync(administrator, report.AnonymousParticipantId!.Value)).Answers.Single().OriginalText);
        }
        else
        {
            Assert.False(await db.Answers.AnyAsync());
        }
        foreach (var entry in dataLog.Entries)
        {
            Assert.DoesNotContain("Dupont", entry.Everything, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Turning_it_off_erases_the_originals_kept_and_only_an_administrator_of_the_intercommunality_switches_it()
    {
        foreach (var refused in new[] { paul, sophie, consultant, otherAdministrator })
        {
            var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => settings.SetKeepOriginalsAsync(refused, intercommunalityId, keep: true));
            Assert.Equal(ProtectedAction.ManageParticipants, denied.Action);
        }
        Assert.False(await settings.KeepsOriginalsAsync(intercommunalityId));

        await settings.SetKeepOriginalsAsync(administrator, intercommunalityId, keep: true);
        await interview.RecordAnswerAsync(paul, merville, AnswerKind.Difficulty, Text(Typed), "conv-paul|a1");
        await interview.RecordRiskAsync(paul, merville, "vieillissement", RiskLevel.Eleve, TypedComment, "conv-paul|r1");

        Assert.Equal(2, await settings.SetKeepOriginalsAsync(administrator, intercommunalityId, keep: false));
        await interview.RecordAnswerAsync(paul, merville, AnswerKind.Resource, Text("Mme Durand tient l'épicerie solidaire"), "conv-paul|a2");

        Assert.False(await settings.KeepsOriginalsAsync(intercommunalityId));
        foreach (var original in Originals.Append("Durand"))
        {
            Assert.Empty(await FindEverywhereAsync(database, original));
        }
        await using var db = database.Open();
        Assert.Equal(2, await db.Answers.CountAsync());
        Assert.Contains(settingsLog.Entries, e => e.Message.Contains("turned off", StringComparison.Ordinal) && e.Message.Contains("2 originals erased", StringComparison.Ordinal));
    }

    /// <summary>The CSV, XLSX, Markdown, HTML and PNG the command line's export writes.</summary>
    private async Task<Dictionary<string, byte[]>> ExportAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"originals-{Guid.NewGuid():N}");
        try
        {
            var error = new StringWriter();
            var exitCode = await CommandLine.RunAsync(
                ["export", "CC Flandre Lys", folder, "--connection", database.ConnectionString, "--provider", provider.ToString()], new StringWriter(), error);
            Assert.True(exitCode == 0, error.ToString());
            var files = Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllBytes);
            Assert.Equal(5, files.Count);
            return files;
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Every cell's text of every sheet, shared or inline strings alike.</summary>
    private static List<string> XlsxCells(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        return part.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>())
            .Select(c => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.InnerText, System.Globalization.CultureInfo.InvariantCulture)] : c.InnerText)
            .ToList();
    }

    /// <summary>Every XML part of the workbook as text: nothing hides in a comment, a name or a property.</summary>
    private static string ZipText(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private static AnswerText Text(string value)
    {
        Assert.Null(AnswerText.TryCreate(value, out var text));
        return text!;
    }
}

public sealed class SqliteOriginalTextTests() : OriginalTextTests(DatabaseProvider.Sqlite);

public sealed class PostgresOriginalTextTests() : OriginalTextTests(DatabaseProvider.Postgres);
