using System.Diagnostics;
using AutoDiag.EndToEnd.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AutoDiag.EndToEnd.Tests;

/// <summary>
/// The whole bot, as users get it: the built bot runs as its own process on a SQLite file, and a
/// conversation is played in the Microsoft 365 Agents Playground (a local Teams client) in headless
/// Chromium, through the harness of ../shared/tools/teams-playground (installed by ./test.sh).
/// The conversation is in two parts with a hard stop of the bot between them, then the database is checked.
/// Outputs (transcripts, screenshots, bot logs, database) stay in $TMPDIR/autodiag-e2e/&lt;time&gt;/.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class TeamsConversationTests(ITestOutputHelper output)
{
    private const string Part1 = "part1-first-commune.json";
    private const string Part2 = "part2-resume.json";
    private const string SecretaireScript = "secretaire-fiche-and-relay.json";
    private static readonly TimeSpan PartTimeout = TimeSpan.FromMinutes(3);
    private static readonly string[] Communes = ["Estaires", "Merville"];

    [Fact]
    public async Task An_elu_pauses_after_the_first_commune_and_finishes_after_a_restart_of_the_bot()
    {
        var harness = RepositoryLayout.Harness();
        var expected = StoredExpectations.FromScripts(RepositoryLayout.Script(Part1), RepositoryLayout.Script(Part2));
        var runDirectory = RunDirectory.Create();
        var database = Path.Combine(runDirectory, "e2e.db");
        output.WriteLine($"Outputs: {runDirectory}");
        var watch = Stopwatch.StartNew();

        // Part 1: registration, Estaires from start to end, one difficulty for Merville, « pause ».
        await PlayAsync(harness, database, Part1, Path.Combine(runDirectory, "part1"), Path.Combine(runDirectory, "bot-part1.log"));

        // Part 2: the bot was killed; a new process on the same file, a new conversation, the same Teams user.
        await PlayAsync(harness, database, Part2, Path.Combine(runDirectory, "part2"), Path.Combine(runDirectory, "bot-part2.log"));

        await AssertStoredAsync(database, expected);
        output.WriteLine($"Whole test: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_secretaire_fills_the_fiche_commune_and_types_the_answers_of_an_elu()
    {
        var harness = RepositoryLayout.Harness();
        var runDirectory = RunDirectory.Create();
        var database = Path.Combine(runDirectory, "e2e-secretaire.db");
        output.WriteLine($"Outputs: {runDirectory}");

        await PlayAsync(harness, database, SecretaireScript, Path.Combine(runDirectory, "secretaire"), Path.Combine(runDirectory, "bot-secretaire.log"));

        var options = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={database};Mode=ReadOnly").Options;
        try
        {
            await using var db = new SqliteAutoDiagDbContext(options);
            var secretaire = await db.Participants.SingleAsync(p => p.Role == ParticipantRole.SecretaireDeMairie);
            var fiche = await db.CommuneProfileRevisions.SingleAsync();
            Assert.Equal((4180, 2021, 1700, secretaire.Id), (fiche.Population, fiche.PopulationYear, fiche.Households, fiche.ChangedByParticipantId));
            var jean = await db.Participants.SingleAsync(p => p.DisplayName == "Jean Martin");
            Assert.Equal((ParticipantRole.Elu, null as string), (jean.Role, jean.ChannelUserId));
            var answer = await db.Answers.SingleAsync();
            Assert.Equal((jean.Id, secretaire.Id, "Les jeunes n'ont plus de bus pour aller au lycée"), (answer.ParticipantId, answer.EnteredByParticipantId, answer.Text));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private async Task PlayAsync(string harness, string database, string script, string outputDirectory, string botLog)
    {
        var watch = Stopwatch.StartNew();
        using var bot = await BotProcess.StartAsync(database, botLog);
        output.WriteLine($"{script}: bot (pid {bot.ProcessId}) ready on port {bot.Port} in {watch.Elapsed.TotalSeconds:0.0} s");

        var run = await PlaygroundConversation.RunAsync(harness, bot.Endpoint, RepositoryLayout.Script(script), outputDirectory, PartTimeout);
        output.WriteLine($"{script}: {run.StandardOutput.Trim().Split('\n').LastOrDefault()} in {run.Duration.TotalSeconds:0.0} s, outputs in {outputDirectory}");

        // A real stop, not a graceful one: nothing may depend on the bot flushing anything at shutdown.
        bot.Kill();
        Assert.True(run.Succeeded, $"{run.Describe()}--- bot log ({bot.LogPath}), last lines ---\n{bot.LogTail()}");
    }

    private static async Task AssertStoredAsync(string database, StoredExpectations expected)
    {
        var options = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>()
            .UseSqlite($"Data Source={database};Mode=ReadOnly")
            .Options;
        try
        {
            await using var db = new SqliteAutoDiagDbContext(options);

            var participant = Assert.Single(await db.Participants.AsNoTracking()
                .Include(p => p.Communes).ThenInclude(pc => pc.Commune)
                .ToListAsync());
            Assert.Equal(ParticipantRole.Elu, participant.Role);
            Assert.Equal(Communes, participant.Communes.OrderBy(pc => pc.Position).Select(pc => pc.Commune!.Name));
            var communeIds = participant.Communes.ToDictionary(pc => pc.Commune!.Name, pc => pc.CommuneId);

            var answers = await db.Answers.AsNoTracking().Include(a => a.Tags).OrderBy(a => a.Id).ToListAsync();
            var risks = await db.RiskAssessments.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
            var completions = await db.SectionCompletions.AsNoTracking().ToListAsync();
            Assert.All(answers, a => Assert.Equal(participant.Id, a.ParticipantId));
            Assert.All(answers, a => Assert.Contains(a.CommuneId, communeIds.Values));

            foreach (var commune in Communes)
            {
                var communeId = communeIds[commune];
                var communeAnswers = answers.Where(a => a.CommuneId == communeId).ToList();

                // The typed difficulties and resources: exactly those of the scripts, in order, each once.
                foreach (var kind in new[] { AnswerKind.Difficulty, AnswerKind.Resource })
                {
                    AssertSame(
                        $"{commune} · {kind} answers",
                        expected.Answers.Where(a => a.Commune == commune && a.Kind == kind).Select(a => a.Text),
                        communeAnswers.Where(a => a.Kind == kind && !a.ReportsNoDifficulty).Select(a => a.Text));
                }
                var typed = communeAnswers.Where(a => !a.ReportsNoDifficulty).ToList();
                Assert.All(typed, a => Assert.True(a.Tags.Count > 0, $"{commune}: no theme tag on « {a.Text} »"));

                // « Rien à signaler »: one answer per tap, tagged with the theme it was asked about.
                var nothing = communeAnswers.Where(a => a.ReportsNoDifficulty).ToList();
                Assert.True(
                    expected.NothingToReport.Count(c => c == commune) == nothing.Count,
                    $"{commune}: {expected.NothingToReport.Count(c => c == commune)} « Rien à signaler » expected, {nothing.Count} stored: {string.Join(" | ", nothing.Select(a => a.Text))}");
                Assert.All(nothing, a => Assert.True(a.Tags.Count > 0, $"{commune}: no theme on a « Rien à signaler » answer"));

                // Risk levels: those chosen (card or typed), with their comments, about themes of the difficulties.
                var communeRisks = risks.Where(r => r.CommuneId == communeId).ToList();
                AssertSame(
                    $"{commune} · risk levels (level: comment)",
                    expected.Risks.Where(r => r.Commune == commune).Select(r => $"{r.Level}: {r.Comment}").Order(),
                    communeRisks.Select(r => $"{r.Level}: {r.Comment}").Order());
                var difficultyThemes = typed.Where(a => a.Kind == AnswerKind.Difficulty).SelectMany(a => a.Effective()).ToHashSet();
                Assert.All(communeRisks, r => Assert.True(
                    difficultyThemes.Contains(r.ThemeId),
                    $"{commune}: risk on theme {r.ThemeId}, which none of the difficulties is about ({string.Join(", ", difficultyThemes)})"));

                // Both sections closed by « J'ai terminé », once each.
                var closed = completions.Where(c => c.CommuneId == communeId).Select(c => c.Section).Order().ToList();
                Assert.Equal(new[] { InterviewSection.Difficulties, InterviewSection.Resources }, closed);
                Assert.Equal(
                    expected.Completions.Where(c => c.Commune == commune).Select(c => c.Section).Order(),
                    closed);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static void AssertSame(string what, IEnumerable<string> expected, IEnumerable<string> stored)
    {
        var expectedList = expected.ToList();
        var storedList = stored.ToList();
        Assert.True(
            expectedList.SequenceEqual(storedList),
            $"{what}: expected [{string.Join(" | ", expectedList)}], stored [{string.Join(" | ", storedList)}]");
    }
}
