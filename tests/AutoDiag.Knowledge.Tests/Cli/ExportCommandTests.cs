using System.Text;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Cli;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>The documented command: <c>dotnet run --project knowledge/AutoDiag.Knowledge.Cli -- export "CC Flandre Lys" exports/</c>.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "autodiag-tests", $"export-{Guid.NewGuid():N}");

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Writes_the_answers_and_the_fiche_synthese_of_the_intercommunality()
    {
        await using (var db = database.Open())
        {
            var intercommunality = await db.Intercommunalities.SingleAsync(i => i.Name == "CC Flandre Lys");
            var merville = await db.Communes.SingleAsync(c => c.Name == "Merville");
            var elu = new Participant { ChannelUserId = "aad-elu", DisplayName = "Paul", Role = ParticipantRole.Elu, IntercommunalityId = intercommunality.Id };
            db.Participants.Add(elu);
            await db.SaveChangesAsync();
            db.Answers.Add(new Answer
            {
                CommuneId = merville.Id, ParticipantId = elu.Id, Kind = AnswerKind.Difficulty, Text = "Le bus ne passe plus le samedi",
                RecordedAt = DateTime.UtcNow, SourceActivityId = "cli|1",
                Tags = [new ThemeTag { ThemeId = "mobilite", Confidence = 0.9, Source = TagSource.Automatic }],
            });
            await db.SaveChangesAsync();
        }
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["export", "cc flandre lys", folder, "--connection", database.ConnectionString], output, new StringWriter());

        Assert.Equal(0, exitCode);
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, files.Count);
        Assert.Contains("reponses.csv", files);
        var csv = await File.ReadAllBytesAsync(Path.Combine(folder, "reponses.csv"));
        Assert.Contains("Merville;difficulté;Le bus ne passe plus le samedi", Encoding.UTF8.GetString(csv));
        using (var workbook = SpreadsheetDocument.Open(Path.Combine(folder, "reponses.xlsx"), isEditable: false))
        {
            Assert.Contains("Matrice", workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        }
        var markdown = await File.ReadAllTextAsync(Directory.GetFiles(folder, "*.md").Single());
        Assert.Contains("CC Flandre Lys", markdown);
        Assert.Contains("Merville", markdown);
        var png = await File.ReadAllBytesAsync(Directory.GetFiles(folder, "*.png").Single());
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(5, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unknown_intercommunality_is_explained_and_nothing_is_written()
    {
        var error = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["export", "CC de Nulle Part", folder, "--connection", database.ConnectionString], new StringWriter(), error);

        Assert.Equal(1, exitCode);
        Assert.Contains("Intercommunalité introuvable : « CC de Nulle Part ». Connues : CC Flandre Lys.", error.ToString().Replace('\u00A0', ' '));
        Assert.False(Directory.Exists(folder));
    }
}
