using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
/// Crash safety (issue 7, item 3): the built bot runs as its own process on a SQLite file and an élu's interview
/// is played over HTTP as Teams posts it (no browser), the replies going to a fake connector. The process is
/// killed (SIGKILL) three times and started again on the same file: right after an acknowledgement; in the
/// middle of a turn (the message posted, the bot killed once the answer is committed and before it saved the
/// conversation and answered — see <see cref="DatabaseProbe"/>); and while it posts the acknowledgement of an
/// answer it has stored. After each restart the élu carries on in the same chat and the
/// channel redelivers the message it got no answer for (processed if the killed turn had not saved the conversation,
/// ignored otherwise). Then the database is read: every answer the élu saw
/// acknowledged (« Noté ») is there exactly once, the one in flight at most once, nothing redelivered is stored
/// twice, risks and closed sections are as given, and the bot resumed each time at the exact question.
/// Outputs (bot logs, database) stay in $TMPDIR/autodiag-e2e/&lt;time&gt;/.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const string ErrorMessage = "quelque chose s'est mal passé";
    private static readonly string[] Communes = ["Estaires", "Merville"];

    private readonly List<Said> acknowledged = [];
    private readonly List<GivenRisk> risks = [];
    private readonly Dictionary<string, int> nothingToReport = Communes.ToDictionary(c => c, _ => 0);
    private readonly Stopwatch watch = Stopwatch.StartNew();

    [Fact]
    public async Task Every_acknowledged_answer_survives_sigkills_of_the_bot_once_and_the_elu_resumes_at_the_right_question()
    {
        var runDirectory = RunDirectory.Create();
        var database = Path.Combine(runDirectory, "crash-safety.db");
        output.WriteLine($"Outputs: {runDirectory}");
        await using var connector = FakeTeamsConnector.Start();
        using var elu = new TeamsHttpClient(connector, "29:crash-safety-elu", "aad-crash-safety-elu", "Jeanne Martin");
        var processes = 0;
        async Task<BotProcess> StartBotAsync(BotProcess? killed)
        {
            killed?.Dispose();
            var started = Stopwatch.StartNew();
            var bot = await BotProcess.StartAsync(database, Path.Combine(runDirectory, $"bot-{++processes}.log"));
            elu.BotEndpoint = bot.Endpoint;
            Log($"bot #{processes} (pid {bot.ProcessId}) ready on port {bot.Port} in {started.Elapsed.TotalSeconds:0.0} s");
            return bot;
        }

        BotProcess? bot = null;
        try
        {
            // 1. First contact: demo onboarding (empty database), two communes, then Estaires' difficulties.
            //    The bot is killed right after the élu saw the second acknowledgement.
            bot = await StartBotAsync(bot);
            await elu.SayAsync("bonjour", "quel est votre rôle");
            await elu.SayAsync("Élu", "quelle intercommunalité");
            var communesCard = await elu.SayAsync("CC Flandre Lys", @"commune\(s\) de la CC Flandre Lys");
            await elu.SubmitAsync(CommunesSubmit(communesCard, Communes), "état des lieux de la CC Flandre Lys, pour Estaires et Merville");
            await elu.SayAsync("Oui", Question("Commune 1/2 · Estaires · difficultés", "Quelles difficultés sociales observez-vous à Estaires"));

            await AnswerAsync(elu, "Estaires", AnswerKind.Difficulty, "Les collégiens décrochent de l'école et traînent dans la rue");
            var lastAcknowledged = await AnswerAsync(elu, "Estaires", AnswerKind.Difficulty, "Il n'y a plus de médecin généraliste depuis deux ans");
            bot.Kill();
            Log("killed right after an acknowledgement");

            // 2. Same chat, new process: the élu is at the same question. The channel redelivers the last
            //    acknowledged message: ignored. One more difficulty, then one posted and the bot killed at once.
            bot = await StartBotAsync(bot);
            await ResumeAsync(elu, "reprendre", "Commune 1/2 · Estaires · difficultés", "Une autre difficulté");
            var redelivered = await elu.RedeliverAsync(lastAcknowledged.ActivityId, TimeSpan.FromMilliseconds(500));
            Assert.True(redelivered.Count == 0, $"A redelivery of an acknowledged message was answered: {string.Join(" | ", redelivered.Select(r => r.Summary))}");
            await AnswerAsync(elu, "Estaires", AnswerKind.Difficulty, "Les personnes âgées isolées n'ont plus de visites depuis la fermeture du club");

            // In flight: posted, and the bot killed as soon as the answer is committed — before it saved the
            // conversation and said « Noté ».
            const string inFlight = "Le bus ne passe plus le samedi, les jeunes ne peuvent pas aller au lycée";
            var inFlightActivity = elu.Message(inFlight);
            var inFlightId = (string)inFlightActivity["id"]!;
            var (hold, post) = await DatabaseProbe.HoldOnceCommittedAsync(
                database, AnswerOfActivity, $"{elu.ConversationId}|{inFlightId}", () => elu.PostAsync(inFlightActivity), TimeSpan.FromSeconds(30));
            bot.Kill();
            hold?.Dispose();
            var storedAtKill = hold is not null;
            var inFlightAnswered = await Answered(post);
            Log(storedAtKill && connector.RepliesTo(inFlightId).Count == 0
                ? $"killed in the turn of « {inFlight} », right after the answer was stored"
                : $"the probe was late: the turn of « {inFlight} » had ended ({connector.RepliesTo(inFlightId).Count} replies, POST {(inFlightAnswered ? "answered" : "not answered")}); killed after it");

            // 3. Same chat, new process: the channel redelivers the message in flight. The dead process had stored the
            //    answer but not the conversation (which keeps the ids of the messages it took): the redelivery is
            //    processed, the answer recognised — not stored twice — and acknowledged this time. The élu asks to
            //    resume, and finishes Estaires.
            bot = await StartBotAsync(bot);
            var retried = await elu.RedeliverAsync(inFlightId, TimeSpan.FromMilliseconds(300));
            Assert.DoesNotContain(retried, r => r.Text.Contains(ErrorMessage, StringComparison.Ordinal));
            var inFlightAcknowledged = connector.RepliesTo(inFlightId).Any(r => Acknowledgement.IsMatch(r.Text));
            Log($"in flight: redelivery {(retried.Count == 0 ? "ignored" : "answered")}; acknowledged: {inFlightAcknowledged}");
            if (storedAtKill)
            {
                Assert.True(inFlightAcknowledged, $"The redelivery of a message the killed bot had stored, not acknowledged, was not acknowledged: {string.Join(" | ", retried.Select(r => r.Summary))}");
            }
            if (inFlightAcknowledged)
            {
                acknowledged.Add(new Said("Estaires", AnswerKind.Difficulty, inFlight, inFlightId));
            }
            await ResumeAsync(elu, "reprendre", "Commune 1/2 · Estaires · difficultés", "Une autre difficulté");

            await CloseSectionAsync(elu, "Commune 1/2 · Estaires · ressources");
            await AnswerAsync(elu, "Estaires", AnswerKind.Resource, "Le centre social aide les familles dans leurs démarches");
            var last = await CloseSectionAsync(elu, "risque d'aggravation|thèmes non abordés");
            last = await FinishCommuneAsync(elu, "Estaires", last);
            Assert.Matches(Question("Commune 2/2 · Merville · difficultés", "Quelles difficultés sociales observez-vous à Merville"), last.Text);
            Assert.Contains("Passons à Merville (2/2)", last.Text, StringComparison.Ordinal);

            // 4. Merville: one difficulty acknowledged; the next one stored, but the bot dies while it posts « Noté ».
            await AnswerAsync(elu, "Merville", AnswerKind.Difficulty, "Les logements sont insalubres et les loyers trop chers");
            const string unacknowledged = "Les familles monoparentales manquent de solutions de garde pour les enfants";
            var unacknowledgedActivity = elu.Message(unacknowledged);
            var unacknowledgedId = (string)unacknowledgedActivity["id"]!;
            var held = connector.HoldRepliesTo(unacknowledgedId);
            post = elu.PostAsync(unacknowledgedActivity);
            var firstReply = await held.WaitAsync(TimeSpan.FromSeconds(30));
            bot.Kill();
            await Answered(post);
            Log($"killed while it posted « {firstReply.Text.Split('\n')[0]} » for « {unacknowledged} »");

            // 5. Same chat, new process: the channel's redelivery of that message is ignored, the élu resumes at
            //    Merville; then from a new chat (same Teams user) the bot welcomes them back at that question, and
            //    the élu finishes the interview there.
            bot = await StartBotAsync(bot);
            redelivered = await elu.RedeliverAsync(unacknowledgedId, TimeSpan.FromMilliseconds(500));
            Assert.True(redelivered.Count == 0, $"A redelivery of a message already stored was answered: {string.Join(" | ", redelivered.Select(r => r.Summary))}");
            await ResumeAsync(elu, "reprendre", "Commune 2/2 · Merville · difficultés", "Une autre difficulté");

            elu.ConversationId = "a:1crash-safety-new-personal-chat";
            // A new chat asks the question whole, with what is noted: the message whose « Noté » never came is counted.
            var welcomeBack = await ResumeAsync(elu, "bonjour", "Commune 2/2 · Merville · difficultés",
                "2 difficultés sont déjà notées. Quelles difficultés sociales observez-vous à Merville");
            Assert.Matches(@"^Bon retour\s!\sReprenons où vous en étiez\.\n", welcomeBack.Text);

            await CloseSectionAsync(elu, "Commune 2/2 · Merville · ressources");
            await AnswerAsync(elu, "Merville", AnswerKind.Resource, "Une épicerie solidaire tenue par des bénévoles");
            last = await CloseSectionAsync(elu, "risque d'aggravation|thèmes non abordés");
            last = await FinishCommuneAsync(elu, "Merville", last);
            Assert.Contains("L'état des lieux est complet pour Estaires et Merville", last.Text, StringComparison.Ordinal);

            bot.Kill();
            Assert.DoesNotContain(connector.Replies, r => r.Text.Contains(ErrorMessage, StringComparison.Ordinal));
            foreach (var other in connector.OtherRequests)
            {
                Log($"other connector call (answered 404): {other}");
            }

            await AssertStoredAsync(database, new Expected(
                acknowledged.ToList(),
                inFlightAcknowledged ? null : new Said("Estaires", AnswerKind.Difficulty, inFlight, inFlightId),
                storedAtKill,
                new Said("Merville", AnswerKind.Difficulty, unacknowledged, unacknowledgedId),
                risks.ToList(),
                new Dictionary<string, int>(nothingToReport)));
            Log($"database checked: {acknowledged.Count} acknowledged answers, {risks.Count} risk levels, {nothingToReport.Values.Sum()} « Rien à signaler »");
        }
        catch (Exception) when (bot is not null)
        {
            output.WriteLine($"--- conversation, last replies ---\n{connector.Transcript()}\n--- bot log ({bot.LogPath}), last lines ---\n{bot.LogTail()}");
            throw;
        }
        finally
        {
            bot?.Dispose();
        }
    }

    /// <summary>
    /// The bot is killed in the turn of « J'ai terminé », once the section's completion is committed and before the
    /// conversation state is saved (the probe's hold on the write lock keeps that write back). The next process must ask the
    /// question the stored answers lead to (the resources), not the one its saved dialog was waiting on.
    /// </summary>
    [Fact]
    public async Task A_kill_right_after_a_section_is_closed_resumes_at_the_next_section()
    {
        var runDirectory = RunDirectory.Create();
        var database = Path.Combine(runDirectory, "crash-safety-section.db");
        output.WriteLine($"Outputs: {runDirectory}");
        await using var connector = FakeTeamsConnector.Start();
        using var elu = new TeamsHttpClient(connector, "29:crash-section-elu", "aad-crash-section-elu", "Paul Lefebvre");
        var bot = await BotProcess.StartAsync(database, Path.Combine(runDirectory, "bot-1.log"));
        try
        {
            elu.BotEndpoint = bot.Endpoint;
            Log($"bot #1 ready (pid {bot.ProcessId})");
            await elu.SayAsync("bonjour", "quel est votre rôle");
            await elu.SayAsync("Élu", "quelle intercommunalité");
            await elu.SayAsync("CC Flandre Lys", @"commune\(s\) de la CC Flandre Lys");
            await elu.SayAsync("merville", "état des lieux de la CC Flandre Lys, pour Merville");
            await elu.SayAsync("Oui", Question("Commune 1/1 · Merville · difficultés", "Quelles difficultés sociales observez-vous à Merville"));
            await AnswerAsync(elu, "Merville", AnswerKind.Difficulty, "Les logements sont insalubres et les loyers trop chers");

            var done = elu.Message("J'ai terminé");
            var doneId = (string)done["id"]!;
            var (hold, post) = await DatabaseProbe.HoldOnceCommittedAsync(
                database, "SELECT COUNT(*) FROM SectionCompletions WHERE Section = 1 AND $id <> ''", doneId, () => elu.PostAsync(done), TimeSpan.FromSeconds(30));
            bot.Kill();
            hold?.Dispose();
            await Answered(post);
            Log(hold is not null && connector.RepliesTo(doneId).Count == 0
                ? "killed once the difficulties were closed, before the end of the turn"
                : "the probe was late: the turn of « J'ai terminé » had ended (this run proves less)");

            bot.Dispose();
            bot = await BotProcess.StartAsync(database, Path.Combine(runDirectory, "bot-2.log"));
            elu.BotEndpoint = bot.Endpoint;
            Log($"bot #2 ready (pid {bot.ProcessId})");
            // Killed before it saved the conversation: the redelivery is processed, and closing the section again
            // changes nothing; after the late probe's full turn it is ignored.
            var redelivered = await elu.RedeliverAsync(doneId, TimeSpan.FromMilliseconds(300));
            Assert.DoesNotContain(redelivered, r => r.Text.Contains(ErrorMessage, StringComparison.Ordinal));
            if (hold is null)
            {
                Assert.Empty(redelivered);
            }
            await ResumeAsync(elu, "reprendre", "Commune 1/1 · Merville · ressources", "Quelles ressources existent à Merville");
            await AnswerAsync(elu, "Merville", AnswerKind.Resource, "Une épicerie solidaire tenue par des bénévoles");
            bot.Kill();

            var options = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={database};Mode=ReadOnly").Options;
            try
            {
                await using var db = new SqliteAutoDiagDbContext(options);
                Assert.Equal(
                    acknowledged.Select(a => $"{a.Kind}: {a.Text}"),
                    await db.Answers.OrderBy(a => a.Id).Select(a => $"{a.Kind}: {a.Text}").ToListAsync());
                Assert.Equal([InterviewSection.Difficulties], await db.SectionCompletions.Select(c => c.Section).ToListAsync());
            }
            finally
            {
                SqliteConnection.ClearAllPools();
            }
        }
        catch (Exception)
        {
            output.WriteLine($"--- conversation, last replies ---\n{connector.Transcript()}\n--- bot log ({bot.LogPath}), last lines ---\n{bot.LogTail()}");
            throw;
        }
        finally
        {
            bot.Dispose();
        }
    }

    /// <summary>The answer stored from an activity (« conversation|activity »).</summary>
    private const string AnswerOfActivity = "SELECT COUNT(*) FROM Answers WHERE SourceActivityId = $id";

    /// <summary>« Noté — Santé. », or « Merci, c'est noté. » when no theme was recognised.</summary>
    private static readonly Regex Acknowledgement = new("^(Noté — |Merci, c'est noté\\.)", RegexOptions.Multiline);

    /// <summary>A question as the bot asks it: the progress line, then the question.</summary>
    private static string Question(string progress, string question) => $"{Regex.Escape(progress)}\n{Regex.Escape(question)}";

    /// <summary>
    /// A message after a restart: the bot must answer with the question the élu is at (its progress line, then the
    /// question), and record nothing. Waits for any question, so that a wrong one fails at once, with what was asked.
    /// </summary>
    private static async Task<Turn> ResumeAsync(TeamsHttpClient elu, string text, string progress, string question)
    {
        var turn = await elu.SayAsync(text, @"Commune \d/\d · [^\n]+\n");
        Assert.True(
            Regex.IsMatch(turn.Text, Question(progress, question)),
            $"After « {text} », expected the question « {progress} » / « {question} », the bot said:\n{turn.Text}");
        AssertNothingRecorded(turn);
        return turn;
    }

    /// <summary>
    /// A difficulty or a resource, acknowledged (« Noté — … ») and followed by the next question of the same step
    /// (the progress line of the commune).
    /// </summary>
    private async Task<Turn> AnswerAsync(TeamsHttpClient elu, string commune, AnswerKind kind, string text)
    {
        var step = kind == AnswerKind.Difficulty ? "difficultés" : "ressources";
        var more = kind == AnswerKind.Difficulty ? "Une autre difficulté" : "Une autre ressource";
        var turn = await elu.SayAsync(text, $"(?m)^(Noté — |Merci, c'est noté).*Commune \\d/\\d · {commune} · {step}\n{more}");
        acknowledged.Add(new Said(commune, kind, text, turn.ActivityId));
        return turn;
    }

    private static Task<Turn> CloseSectionAsync(TeamsHttpClient elu, string next) =>
        elu.SayAsync("J'ai terminé", $"^Merci, c'est noté\\..*({next})");

    /// <summary>
    /// The risk cards (one per theme of the difficulties) and the checks of the themes not mentioned, until the
    /// commune is done. Risks are given in turn on the card (level and reason, as its submit sends them) and typed.
    /// </summary>
    private async Task<Turn> FinishCommuneAsync(TeamsHttpClient elu, string commune, Turn turn)
    {
        var finished = new Regex($"{commune}\\s:\\sc'est terminé");
        for (var question = 0; !finished.IsMatch(turn.Text); question++)
        {
            Assert.True(question < 20, $"{commune}: still not finished after 20 questions; last: {turn.Text}");
            const string next = "(Commune \\d/2 · [^\\n]+|c'est terminé)";
            var riskKey = RiskQuestionKey(turn);
            if (riskKey is not null)
            {
                var themeId = riskKey.Split(':')[2];
                if (risks.Count % 2 == 0)
                {
                    var comment = $"Raison donnée sur la carte pour {themeId} à {commune}";
                    turn = await elu.SubmitAsync(
                        new JsonObject { ["questionKey"] = riskKey, ["level"] = "eleve", ["comment"] = comment },
                        $"^Noté\\s:\\srisque élevé pour .*{next}");
                    risks.Add(new GivenRisk(commune, themeId, RiskLevel.Eleve, comment));
                }
                else
                {
                    turn = await elu.SayAsync("modéré", $"^Noté\\s:\\srisque modéré pour .*{next}");
                    risks.Add(new GivenRisk(commune, themeId, RiskLevel.Modere, null));
                }
            }
            else
            {
                Assert.Matches($"Commune \\d/2 · {commune} · thèmes non abordés\nRien n'est noté sur le thème", turn.Text);
                turn = await elu.SayAsync("Rien à signaler", $"^Noté\\s:\\srien à signaler pour .*{next}");
                nothingToReport[commune]++;
            }
        }
        return turn;
    }

    /// <summary>The question key of the risk card this turn ends with (« 12:Risk:sante »), or null.</summary>
    private static string? RiskQuestionKey(Turn turn)
    {
        var last = turn.Replies.LastOrDefault(r => r.Type == "message");
        var submit = last?.Cards
            .SelectMany(card => card["actions"] as JsonArray ?? [])
            .Select(action => (string?)action?["data"]?["questionKey"])
            .FirstOrDefault(key => key is not null && key.Contains(":Risk:", StringComparison.Ordinal));
        return submit;
    }

    /// <summary>The card's submit with the communes checked: their values, comma-separated, and the action's data.</summary>
    private static JsonObject CommunesSubmit(Turn turn, IReadOnlyList<string> names)
    {
        var card = turn.LastCard ?? throw new InvalidOperationException($"No communes card in: {turn.Text}");
        var choiceSet = (card["body"] as JsonArray ?? []).OfType<JsonObject>().Single(e => (string?)e["type"] == "Input.ChoiceSet");
        var choices = (choiceSet["choices"] as JsonArray ?? []).OfType<JsonObject>().ToDictionary(c => (string)c["title"]!, c => (string)c["value"]!);
        var submit = (JsonObject)(card["actions"] as JsonArray ?? []).OfType<JsonObject>().Single()["data"]!.DeepClone();
        submit[(string)choiceSet["id"]!] = string.Join(',', names.Select(n => choices[n]));
        return submit;
    }

    private static void AssertNothingRecorded(Turn turn)
    {
        Assert.DoesNotMatch(Acknowledgement, turn.Text);
        Assert.DoesNotContain(ErrorMessage, turn.Text, StringComparison.Ordinal);
    }

    /// <summary>Whether a POST to a bot killed meanwhile got its answer.</summary>
    private static async Task<bool> Answered(Task<HttpResponseMessage> post)
    {
        try
        {
            using var response = await post;
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return false;
        }
    }

    private void Log(string line) => output.WriteLine($"{watch.Elapsed.TotalSeconds,6:0.0} s  {line}");

    private static async Task AssertStoredAsync(string database, Expected expected)
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
            Assert.All(answers, a => Assert.Equal(participant.Id, a.ParticipantId));
            Assert.All(answers, a => Assert.Null(a.EnteredByParticipantId));
            var duplicatedSources = answers.GroupBy(a => a.SourceActivityId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicatedSources.Count == 0, $"Activities stored more than once: {string.Join(", ", duplicatedSources)}");

            foreach (var commune in Communes)
            {
                var communeAnswers = answers.Where(a => a.CommuneId == communeIds[commune]).ToList();
                var typed = communeAnswers.Where(a => !a.ReportsNoDifficulty).ToList();

                // Each typed answer is one the élu saw acknowledged, or the one in flight at a kill; whole, with its themes.
                foreach (var answer in typed)
                {
                    var said = expected.Acknowledged.Concat([expected.InFlight, expected.StoredUnacknowledged])
                        .OfType<Said>()
                        .SingleOrDefault(s => answer.SourceActivityId.EndsWith($"|{s.ActivityId}", StringComparison.Ordinal));
                    Assert.True(said is not null, $"{commune}: « {answer.Text} » ({answer.SourceActivityId}) was never said (or said once and stored from another activity)");
                    Assert.Equal((said.Commune, said.Kind, said.Text), (commune, answer.Kind, answer.Text));
                    Assert.True(answer.Tags.Count > 0, $"{commune}: « {answer.Text} » stored without its themes");
                }

                foreach (var kind in new[] { AnswerKind.Difficulty, AnswerKind.Resource })
                {
                    var stored = typed.Where(a => a.Kind == kind).Select(a => a.Text).ToList();
                    // Every acknowledged answer exactly once, in the order given; the one in flight at most once, where it was said.
                    var mandatory = expected.Acknowledged.Concat([expected.StoredUnacknowledged])
                        .Where(s => s.Commune == commune && s.Kind == kind)
                        .Select(s => s.Text)
                        .ToList();
                    var optional = expected.InFlight is { } flying && flying.Commune == commune && flying.Kind == kind ? flying.Text : null;
                    var withoutOptional = stored.Where(t => t != optional).ToList();
                    Assert.True(
                        mandatory.OrderBy(t => expected.Order(t)).SequenceEqual(withoutOptional),
                        $"{commune} · {kind}: expected [{string.Join(" | ", mandatory)}]{(optional is null ? "" : $" and at most once « {optional} »")}, stored [{string.Join(" | ", stored)}]");
                    Assert.True(stored.Count(t => t == optional) <= 1, $"{commune}: the answer in flight at the kill is stored {stored.Count(t => t == optional)} times");
                    if (optional is not null && expected.InFlightStored)
                    {
                        Assert.True(stored.Count(t => t == optional) == 1, $"{commune}: « {optional} » was in the database before the kill, and is not any more");
                    }
                    Assert.Equal(stored.OrderBy(t => expected.Order(t)), stored);
                }

                // « Rien à signaler »: one per tap, each on its own theme.
                var nothing = communeAnswers.Where(a => a.ReportsNoDifficulty).ToList();
                Assert.True(expected.NothingToReport[commune] == nothing.Count,
                    $"{commune}: {expected.NothingToReport[commune]} « Rien à signaler » given, {nothing.Count} stored");
                Assert.All(nothing, a => Assert.Single(a.Tags));
                Assert.Equal(nothing.Count, nothing.Select(a => a.Tags[0].ThemeId).Distinct().Count());

                // Risk levels: the ones given, on the themes asked, with their reasons.
                var storedRisks = await db.RiskAssessments.AsNoTracking().Where(r => r.CommuneId == communeIds[commune]).ToListAsync();
                Assert.Equal(
                    expected.Risks.Where(r => r.Commune == commune).Select(r => $"{r.ThemeId}: {r.Level} ({r.Comment})").Order(),
                    storedRisks.Select(r => $"{r.ThemeId}: {r.Level} ({r.Comment})").Order());
                // As the interview asks them: one per theme of the difficulties, none on a theme of the resources only.
                var difficultyThemes = typed.Where(a => a.Kind == AnswerKind.Difficulty).SelectMany(a => a.EffectiveDifficulties()).ToHashSet();
                Assert.Equal(difficultyThemes.Order(), storedRisks.Select(r => r.ThemeId).Order());

                // Both sections closed, once each.
                var closed = await db.SectionCompletions.AsNoTracking()
                    .Where(c => c.CommuneId == communeIds[commune] && c.ParticipantId == participant.Id)
                    .Select(c => c.Section)
                    .ToListAsync();
                Assert.Equal(new[] { InterviewSection.Difficulties, InterviewSection.Resources }, closed.Order());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private sealed record Said(string Commune, AnswerKind Kind, string Text, string ActivityId);

    private sealed record GivenRisk(string Commune, string ThemeId, RiskLevel Level, string? Comment);

    /// <param name="Acknowledged">What the élu saw acknowledged, in order.</param>
    /// <param name="InFlight">Posted as the bot was killed, and never acknowledged: stored at most once.</param>
    /// <param name="InFlightStored">The answer in flight was seen in the database before the kill: stored, once.</param>
    /// <param name="StoredUnacknowledged">The bot was killed while it posted its acknowledgement: stored, once.</param>
    private sealed record Expected(
        IReadOnlyList<Said> Acknowledged, Said? InFlight, bool InFlightStored, Said StoredUnacknowledged, IReadOnlyList<GivenRisk> Risks, IReadOnlyDictionary<string, int> NothingToReport)
    {
        /// <summary>When it was said, in the whole conversation.</summary>
        public int Order(string text)
        {
            var all = Acknowledged.Concat([InFlight, StoredUnacknowledged]).OfType<Said>().OrderBy(s => s.ActivityId, StringComparer.Ordinal).ToList();
            return all.FindIndex(s => s.Text == text);
        }
    }
}
