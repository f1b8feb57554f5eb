using System.Text.Json;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Cli;

/// <summary>The administrators' switch: <c>keep-originals "CC Flandre Lys" [on|off]</c>.</summary>
public sealed class KeepOriginalsCommandTests : IAsyncLifetime
{
    private const string Typed = "Mme Dupont, 87 ans, ne sort plus";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliRunner.RunAsync(database, args);

    [Fact]
    public async Task Off_by_default_on_keeps_the_originals_and_off_erases_them()
    {
        var status = await RunAsync("keep-originals", "cc flandre lys");
        Assert.Equal((0, "«\u00A0CC Flandre Lys\u00A0»\u00A0: textes originaux non conservés (seul le texte masqué est enregistré)."),
            (status.ExitCode, status.Output.TrimEnd()));

        var on = await RunAsync("keep-originals", "CC Flandre Lys", "on");
        Assert.Equal(0, on.ExitCode);
        Assert.StartsWith("«\u00A0CC Flandre Lys\u00A0»\u00A0: textes originaux conservés.", on.Output, StringComparison.Ordinal);
        Assert.Contains("jamais affiché dans Teams ni exporté", on.Output);
        Assert.Contains("conservés (à part", (await RunAsync("keep-originals", "CC Flandre Lys")).Output);

        var elu = await RecordAsync();
        var export = await RunAsync("participant-export", elu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var document = JsonDocument.Parse(export.Output))
        {
            Assert.Equal(Typed, document.RootElement.GetProperty("answers")[0].GetProperty("originalText").GetString());
        }

        var off = await RunAsync("keep-originals", "CC Flandre Lys", "off");
        Assert.Equal(0, off.ExitCode);
        Assert.Equal("«\u00A0CC Flandre Lys\u00A0»\u00A0: textes originaux non conservés (seul le texte masqué est enregistré). Textes originaux effacés\u00A0: 1.",
            off.Output.TrimEnd());
        await using var db = database.Open();
        Assert.Null((await db.Answers.SingleAsync()).OriginalText);
    }

    [Fact]
    public async Task The_erasure_says_the_originals_and_the_reminder_contact_go()
    {
        await RunAsync("keep-originals", "CC Flandre Lys", "on");
        var elu = await RecordAsync();
        await using (var db = database.Open())
        {
            db.ReminderContacts.Add(new AutoDiag.Knowledge.Reminders.ReminderContact { ParticipantId = elu, ConversationReference = "{}", LastMessageAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var (exitCode, output, error) = await RunAsync("participant-erase", elu.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reassign", "--yes");

        Assert.True(exitCode == 0, error);
        Assert.Contains("  textes originaux (avant masquage) effacés\u00A0: 1", output);
        Assert.Contains("  contact pour les rappels (conversation personnelle avec le bot) supprimé\u00A0: 1", output);
        await using (var db = database.Open())
        {
            Assert.Null((await db.Answers.SingleAsync()).OriginalText);
            Assert.False(await db.ReminderContacts.AnyAsync());
        }
    }

    [Fact]
    public async Task Wrong_arguments_and_unknown_intercommunalities_are_refused()
    {
        Assert.Equal(2, (await RunAsync("keep-originals")).ExitCode);
        Assert.Equal(2, (await RunAsync("keep-originals", "CC Flandre Lys", "oui")).ExitCode);
        var unknown = await RunAsync("keep-originals", "CC Inconnue", "on");
        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("Intercommunalité introuvable\u00A0: «\u00A0CC Inconnue\u00A0». Connues\u00A0: CC Flandre Lys.", unknown.Error, StringComparison.Ordinal);
        await using var db = database.Open();
        Assert.False(await db.Intercommunalities.AnyAsync(i => i.KeepOriginalTexts));
    }

    /// <summary>An élu of Merville and one masked answer of theirs; returns the élu's number.</summary>
    private async Task<int> RecordAsync()
    {
        int intercommunalityId, merville;
        await using (var db = database.Open())
        {
            intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
            merville = (await db.Communes.SingleAsync(c => c.Name == "Merville")).Id;
        }
        var elu = await new ParticipantDirectory(database.Factory, TimeProvider.System)
            .RegisterAsync(new Registration("aad-paul", "Paul", ParticipantRole.Elu, intercommunalityId, [merville]));
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>()))
            .Returns(new ThemeCategorization([new ThemeScore("vieillissement", 0.9, ["vieillissement"])], ReportsNoDifficulty: false));
        var interview = new InterviewService(database.Factory, categorizer.Object, ThemeCatalog.LoadDefault(),
            new AccessPolicy(NullLogger<AccessPolicy>.Instance), new PersonalDataMasker(), TimeProvider.System);
        Assert.Null(AnswerText.TryCreate(Typed, out var text));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, text!, "conv|a1");
        return elu.Id;
    }
}
