using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AutoDiag.EndToEnd.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence.Sqlite;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Themes;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace AutoDiag.EndToEnd.Tests;

/// <summary>
/// Issue 5's « done when », as a consultant lives it: the bot runs as its own process on a SQLite file that already
/// holds a few interviews of the demo CC Flandre Lys (<see cref="SeededInterviews"/>), and the consultant, in the
/// Agents Playground, reads the matrix, opens the Mobilité theme, corrects an answer's themes, marks the theme relu
/// and adds a note, records two témoignages and the calendar, then opens the fiche synthèse and the exports. The links
/// the conversation opened are downloaded from the running bot and read back: the fiche in the seed fiches' format
/// with its heatmap and cited pistes, the workbook with the OpenXML SDK, the CSV with CsvHelper. Then the database.
/// Outputs stay in $TMPDIR/autodiag-e2e/&lt;time&gt;/: consultant/ (screenshots of every card, transcript),
/// documents/ (what was downloaded, and fiche.png: the fiche as Chromium renders it), the bot's log and the database.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ConsultantReviewTests(ITestOutputHelper output)
{
    private const string Script = "consultant-review.json";
    private static readonly TimeSpan ConversationTimeout = TimeSpan.FromMinutes(3);

    // The button titles of the bot's cards (dialogs/…/Texts/DocumentsTexts.cs), as the script clicks them.
    private const string FicheHtml = "Fiche synthèse (page à imprimer)";
    private const string FicheMarkdown = "Fiche synthèse (texte Markdown)";
    private const string Heatmap = "Carte des risques (image)";
    private const string AnswersXlsx = "Réponses (classeur Excel)";
    private const string AnswersCsv = "Réponses (CSV)";

    // What the script types (tests/e2e/scripts/consultant-review.json).
    private const string MissionLocale = "Mission Locale de Flandre Intérieure";
    private const string Admr = "ADMR de la Lys";
    private const string Note = "La mobilité des jeunes vers l'emploi et la formation revient dans presque toutes les communes : à porter en priorité à la restitution.";
    private const string HistoryStart = "Créée en 1992 avec 4 communes";
    private static readonly (DemarcheStep Step, DateOnly Date)[] Calendar =
    [
        (DemarcheStep.PresentationAuxElus, new DateOnly(2026, 9, 15)),
        (DemarcheStep.AteliersRessourcesDifficultes, new DateOnly(2026, 10, 13)),
        (DemarcheStep.SoireeTemoignages, new DateOnly(2026, 11, 24)),
        (DemarcheStep.Restitution, new DateOnly(2027, 1, 19)),
    ];
    private static readonly string[] ReviewedCommunes = ["Estaires", "Haverskerque", "La Gorgue", "Laventie", "Merville"];

    private static readonly ThemeCatalog Themes = ThemeCatalog.LoadDefault();

    [Fact]
    public async Task A_consultant_reviews_the_themes_records_the_demarche_and_downloads_the_fiche_synthese_and_the_exports()
    {
        var harness = RepositoryLayout.Harness();
        var runDirectory = RunDirectory.Create();
        var database = Path.Combine(runDirectory, "e2e-consultant.db");
        var conversation = Path.Combine(runDirectory, "consultant");
        var documents = Directory.CreateDirectory(Path.Combine(runDirectory, "documents")).FullName;
        output.WriteLine($"Outputs: {runDirectory}");
        var watch = Stopwatch.StartNew();

        // « After a few interviews »: three élus, five communes, written before the bot starts on the file.
        await SeededInterviews.CreateAsync(database);

        Downloaded downloaded;
        using (var bot = await BotProcess.StartAsync(database, Path.Combine(runDirectory, "bot-consultant.log")))
        {
            output.WriteLine($"{Script}: bot (pid {bot.ProcessId}) ready on port {bot.Port} in {watch.Elapsed.TotalSeconds:0.0} s");
            var run = await PlaygroundConversation.RunAsync(harness, bot.Endpoint, RepositoryLayout.Script(Script), conversation, ConversationTimeout);
            output.WriteLine($"{Script}: {run.StandardOutput.Trim().Split('\n').LastOrDefault()} in {run.Duration.TotalSeconds:0.0} s, outputs in {conversation}");
            if (!run.Succeeded)
            {
                bot.Kill();
                Assert.Fail($"{run.Describe()}--- bot log ({bot.LogPath}), last lines ---\n{bot.LogTail()}");
            }

            // The links are short-lived and served by the bot: fetch them while it runs, as the consultant's browser did.
            downloaded = await DownloadAsync(bot, PlaygroundTranscript.OpenedLinks(conversation, [FicheHtml, FicheMarkdown, Heatmap, AnswersXlsx, AnswersCsv]), documents);
            bot.Kill();
        }

        await ScreenshotAsync(Path.Combine(documents, "fiche.html"), Path.Combine(documents, "fiche.png"));
        output.WriteLine($"Fiche synthèse: {Path.Combine(documents, "fiche.html")}, rendered in {Path.Combine(documents, "fiche.png")}");

        AssertFicheHtml(downloaded.FicheHtml);
        AssertFicheMarkdown(downloaded.FicheMarkdown);
        AssertPng(downloaded.Heatmap, "the heatmap link");
        AssertWorkbook(downloaded.Workbook);
        AssertCsv(downloaded.Csv);
        await AssertStoredAsync(database);
        output.WriteLine($"Whole test: {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private sealed record Downloaded(string FicheHtml, string FicheMarkdown, byte[] Heatmap, byte[] Workbook, byte[] Csv);

    /// <summary>Every link the script opened, from the bot itself; each saved in <paramref name="folder"/>.</summary>
    private static async Task<Downloaded> DownloadAsync(BotProcess bot, IReadOnlyDictionary<string, Uri> links, string folder)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        async Task<byte[]> GetAsync(string title, string mediaType, string fileName)
        {
            Assert.True(links.TryGetValue(title, out var url), $"No link « {title} » was opened; opened: {string.Join(", ", links.Keys)}");
            // The playground is another host: a link built from it would not reach the bot (Downloads:PublicBaseUrl).
            Assert.True(
                url.Authority == $"127.0.0.1:{bot.Port}" && url.AbsolutePath.StartsWith("/downloads/", StringComparison.Ordinal),
                $"« {title} » points to {url}, not to the bot's /downloads/ on 127.0.0.1:{bot.Port}");
            using var response = await http.GetAsync(url);
            var content = await response.Content.ReadAsByteArrayAsync();
            Assert.True(
                response.StatusCode == HttpStatusCode.OK,
                $"« {title} » ({url}): HTTP {(int)response.StatusCode}: {Encoding.UTF8.GetString(content)}");
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content);
            return content;
        }

        return new Downloaded(
            Encoding.UTF8.GetString(await GetAsync(FicheHtml, "text/html", "fiche.html")),
            Encoding.UTF8.GetString(await GetAsync(FicheMarkdown, "text/markdown", "fiche.md")),
            await GetAsync(Heatmap, "image/png", "carte-des-risques.png"),
            await GetAsync(AnswersXlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "reponses.xlsx"),
            await GetAsync(AnswersCsv, "text/csv", "reponses.csv"));
    }

    /// <summary>The fiche in the structure of the twelve fiches of the démarche (shared/seeds/), from what was recorded.</summary>
    private static void AssertFicheHtml(string html)
    {
        // No Markdown escape in the page (« \( »), nothing escaped twice (« &amp;#39; »).
        Assert.DoesNotMatch(@"\\[()\[\]*_#.!>-]", html);
        Assert.DoesNotMatch("&amp;(#[0-9]+|[a-z]+);", html);

        // CONTEXTE, CALENDRIER DU DÉROULEMENT, LES AXES STRATÉGIQUES, COMMENTAIRES ET ENJEUX MAJEURS, in that order.
        Assert.Equal(FicheSyntheseTexts.Sections, Matches(html, "<h2[^>]*>(.*?)</h2>"));
        var contexte = Section(html, FicheSyntheseTexts.SectionContexte);
        Assert.Contains(FicheSyntheseTexts.Population(40_239, 2019), contexte);
        Assert.Contains(HistoryStart, contexte);

        // The calendar, dates in French, and the actors heard at the soirée de témoignages.
        var calendar = Section(html, FicheSyntheseTexts.SectionCalendrier);
        foreach (var (step, date) in Calendar)
        {
            Assert.Contains(FicheSyntheseTexts.Date(date), calendar);
            Assert.Contains(FicheSyntheseTexts.Step(step), calendar);
        }
        Assert.Contains("15 septembre 2026", calendar);
        Assert.Contains(FicheSyntheseTexts.ActorsHeard([MissionLocale, Admr]), calendar);

        // The heatmap, inside the page.
        var heatmap = Regex.Match(html, "<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
        Assert.True(heatmap.Success, "No heatmap as a data:image/png in the fiche");
        AssertPng(Convert.FromBase64String(heatmap.Groups[1].Value), "the fiche's heatmap");

        // The axes: each with « Les enjeux » and « Les orientations »; every enjeu cites the communes it comes from.
        var axes = Matches(html, "<article class=\"axe\"[^>]*>(.*?)</article>");
        Assert.NotEmpty(axes);
        foreach (var axis in axes)
        {
            Assert.Equal(new[] { FicheSyntheseTexts.Enjeux, FicheSyntheseTexts.Orientations }, Matches(axis, "<h4[^>]*>(.*?)</h4>"));
            var enjeux = Regex.Match(axis, "<ul class=\"enjeux\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
            var items = Matches(enjeux, "<li>(.*?)</li>");
            Assert.StartsWith("Difficultés relevées dans", items[0]);
            Assert.All(items.Skip(1), item => Assert.Matches(@"<span class=""cite"">\([^)]+\)</span>$", item));
        }

        // Mobilité: the first axis (five communes, two with a high risk), citing its communes, the Mission Locale, and
        // pistes of other territories (« CC du Haut Allier — aides à l'obtention du permis de conduire »).
        var mobility = Assert.Single(axes, a => Regex.IsMatch(a, "<h3>\\d+ – MOBILITÉ</h3>"));
        Assert.Contains("<h3>1 – MOBILITÉ</h3>", mobility);
        var constat = Regex.Match(mobility, @"Difficultés relevées dans (\d+) communes sur 8 \(([^)]*)\)");
        Assert.True(constat.Success, $"No « Difficultés relevées dans … communes sur 8 (…) » in the Mobilité axis:\n{mobility}");
        Assert.Equal(SeededInterviews.MobilityCommunes.Order(), constat.Groups[2].Value.Split(", ").Order());
        Assert.Equal(SeededInterviews.MobilityCommunes.Count.ToString(CultureInfo.InvariantCulture), constat.Groups[1].Value);
        Assert.Contains("Les jeunes sans permis ne peuvent pas aller à la Mission Locale", mobility);
        Assert.Contains($"<strong>{MissionLocale}", mobility);
        var pistesLead = FicheSyntheseTexts.OrientationsLead(OrientationOrigin.Piste);
        Assert.Contains(pistesLead, mobility);
        var pistes = Matches(mobility[mobility.IndexOf(pistesLead, StringComparison.Ordinal)..], "<li>([^<]*)</li>");
        Assert.InRange(pistes.Count, 1, FicheSyntheseService.PistesPerAxis);
        Assert.All(pistes, piste => Assert.Matches(@"^(CC|Communauté|Syndicat mixte|SM) .+ — \S.+$", piste));
        Assert.All(pistes, piste => Assert.DoesNotContain(SeededInterviews.Intercommunality, piste));

        // Vieillissement cites the ADMR; the consultant's note closes the fiche.
        Assert.Contains($"<strong>{Admr}", string.Concat(axes));
        Assert.Contains(Note, Section(html, FicheSyntheseTexts.SectionCommentaires));
    }

    private static void AssertFicheMarkdown(string markdown)
    {
        Assert.StartsWith($"# {FicheSyntheseTexts.Title(SeededInterviews.Intercommunality)}", markdown);
        foreach (var section in FicheSyntheseTexts.Sections)
        {
            Assert.Contains($"\n## {section}\n", markdown);
        }
        Assert.Contains("\n### 1 – MOBILITÉ\n", markdown);
        Assert.Matches(@"!\[[^\]]+\]\(fiche-synthese-cc-flandre-lys-\d{4}-\d{2}-\d{2}\.png\)", markdown);
    }

    /// <summary>A PNG 1 200 pixels wide, as RiskHeatmap draws it.</summary>
    private static void AssertPng(byte[] png, string what)
    {
        Assert.True(png.Length > 1000 && png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{what} is not a PNG");
        Assert.Equal(1200, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)), 200, 1600);
    }

    /// <summary>The workbook a spreadsheet opens: valid OpenXML, « Matrice », a sheet per theme, « Risques ».</summary>
    private static void AssertWorkbook(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        using var workbook = SpreadsheetDocument.Open(stream, isEditable: false);
        var errors = new OpenXmlValidator().Validate(workbook).Take(5).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, $"The workbook is not valid OpenXML:\n{string.Join('\n', errors)}");

        var sheets = ReadSheets(workbook);
        Assert.Equal(new[] { "Matrice" }.Concat(Themes.All.Select(t => t.ShortLabel)).Append("Risques"), sheets.Keys);

        // The matrix counts the difficulties by effective theme: the consultant's correction is in it.
        var matrix = sheets["Matrice"];
        var header = matrix[0];
        var merville = matrix.Single(row => row[0] == "Merville");
        string Cell(string themeId) => merville[header.IndexOf(Themes.Get(themeId).Label)];
        Assert.Equal(("2", "1"), (Cell("mobilite"), Cell("insertion-emploi")));

        var mobility = sheets[Themes.Get("mobilite").ShortLabel];
        Assert.Contains(mobility, row => row.Contains("Le bus ne passe plus le samedi : les personnes âgées ne peuvent plus aller au marché d'Estaires"));
        Assert.Contains(sheets[Themes.Get("insertion-emploi").ShortLabel], row => row.Contains(SeededInterviews.CorrectedAnswerText));
        Assert.Contains(sheets["Risques"], row => row.Contains("La ligne de car vers Armentières s'arrête en juin"));
        Assert.Equal(1 + 19, sheets["Risques"].Count);
    }

    /// <summary>The CSV French Excel opens right: UTF-8 with a BOM, « ; » between fields, accents intact once parsed.</summary>
    private static void AssertCsv(byte[] csv)
    {
        Assert.True(csv.AsSpan(0, 3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), "The CSV does not start with the UTF-8 BOM");
        var firstLine = Encoding.UTF8.GetString(csv, 3, Array.IndexOf(csv, (byte)'\n') - 3).TrimEnd('\r');
        Assert.Equal("Commune;Type;Texte;Thèmes;Rôle de l'auteur;Date", firstLine);

        using var reader = new StreamReader(new MemoryStream(csv), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" });
        parser.Read();
        parser.ReadHeader();
        var rows = new List<(string Commune, string Kind, string Text, string Themes)>();
        while (parser.Read())
        {
            rows.Add((parser.GetField("Commune")!, parser.GetField("Type")!, parser.GetField("Texte")!, parser.GetField("Thèmes")!));
        }
        Assert.Equal(20, rows.Count);
        Assert.Contains(("La Gorgue", "difficulté", "Le bus ne passe plus le samedi : les personnes âgées ne peuvent plus aller au marché d'Estaires"),
            rows.Select(r => (r.Commune, r.Kind, r.Text)));
        var corrected = Assert.Single(rows, r => r.Text == SeededInterviews.CorrectedAnswerText);
        Assert.Contains(Themes.Get("insertion-emploi").Label, corrected.Themes);
    }

    /// <summary>What the conversation left in the database, read once the bot is gone.</summary>
    private static async Task AssertStoredAsync(string database)
    {
        var options = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={database};Mode=ReadOnly").Options;
        try
        {
            await using var db = new SqliteAutoDiagDbContext(options);
            var consultant = await db.Participants.SingleAsync(p => p.ChannelUserId == SeededInterviews.PlaygroundUser);
            Assert.Equal(ParticipantRole.Consultant, consultant.Role);

            // The correction: the review's tags (the consultant is not the author), which win; the categoriser's stay beside
            // them. No answer was added.
            var corrected = await db.Answers.Include(a => a.Tags).SingleAsync(a => a.Id == SeededInterviews.CorrectedAnswerId);
            Assert.Equal(SeededInterviews.CorrectedAnswerText, corrected.Text);
            Assert.Equal(
                SeededInterviews.CorrectedThemes.Order(),
                corrected.Tags.Where(t => t.Source == TagSource.Review).Select(t => t.ThemeId).Order());
            Assert.Equal(SeededInterviews.CorrectedThemes.Order(), corrected.Effective().Order());
            Assert.Contains(corrected.Tags, t => t.Source == TagSource.Automatic && t.ThemeId == "mobilite");
            Assert.Equal(20, await db.Answers.CountAsync());

            // Two témoignages, apart from the answers, with the themes found in them.
            var testimonies = await db.Testimonies.Include(t => t.Tags).OrderBy(t => t.Id).ToListAsync();
            Assert.Equal(new[] { MissionLocale, Admr }, testimonies.Select(t => t.Structure));
            Assert.All(testimonies, t => Assert.Equal(consultant.Id, t.RecordedByParticipantId));
            Assert.All(testimonies, t => Assert.NotEmpty(t.Tags));
            Assert.StartsWith("Aider au financement du permis de conduire", testimonies[0].Preconisations);
            Assert.Contains(testimonies[0].Tags, t => t.ThemeId == "mobilite");
            Assert.Contains(testimonies[1].Tags, t => t.ThemeId == "vieillissement");

            // The calendar of the démarche.
            var calendar = await db.DemarcheCalendars.SingleAsync();
            Assert.Equal(
                Calendar.Select(c => (DateOnly?)c.Date),
                new[] { calendar.PresentationAuxElus, calendar.AteliersRessourcesDifficultes, calendar.SoireeTemoignages, calendar.Restitution });
            Assert.StartsWith(HistoryStart, calendar.History);
            Assert.Equal(consultant.Id, calendar.UpdatedByParticipantId);

            // Mobilité relu for the five communes that spoke of it, and the consultant's note.
            var marked = await db.ThemeReviewMarks.Where(m => m.ThemeId == "mobilite")
                .Join(db.Communes, m => m.CommuneId, c => c.Id, (m, c) => c.Name).ToListAsync();
            Assert.Equal(ReviewedCommunes, marked.Order());
            var note = await db.ConsultantNotes.SingleAsync();
            Assert.Equal(("mobilite", Note, consultant.Id), (note.ThemeId, note.Text, note.AuthorParticipantId));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The fiche as a browser shows it, an A4 page's width, for a person to look at (not checked).</summary>
    private static async Task ScreenshotAsync(string html, string png)
    {
        var profile = Directory.CreateTempSubdirectory("autodiag-fiche-chromium-").FullName;
        var start = new ProcessStartInfo(RepositoryLayout.Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", $"--user-data-dir={profile}",
            $"--screenshot={png}", "--window-size=1240,1754", new Uri(html).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var chromium = Process.Start(start)!;
            var stderr = chromium.StandardError.ReadToEndAsync();
            _ = chromium.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
            }
            Assert.True(File.Exists(png), $"Chromium did not render {html}: {await stderr}");
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>Each sheet by name, in the workbook's order, as rows of cell texts.</summary>
    private static Dictionary<string, List<List<string>>> ReadSheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheets = new Dictionary<string, List<List<string>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            sheets[sheet.Name!.Value!] = part.Worksheet.Descendants<Row>()
                .Select(row => row.Elements<Cell>().Select(cell =>
                    cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? string.Empty
                    : cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                    : cell.CellValue?.Text ?? string.Empty).ToList())
                .ToList();
        }
        return sheets;
    }

    /// <summary>What follows a section's heading, up to the next one, in the fiche's HTML.</summary>
    private static string Section(string html, string heading)
    {
        var match = Regex.Match(html, $"<h2[^>]*>{Regex.Escape(heading)}</h2>(.*?)(?=<h2|</main>)", RegexOptions.Singleline);
        Assert.True(match.Success, $"No section {heading} in the fiche");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The first group of every match, HTML entities decoded.</summary>
    private static List<string> Matches(string html, string pattern) =>
        Regex.Matches(html, pattern, RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
