using System.Diagnostics;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Synthesis;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Themes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoDiag.Benchmarks;

/// <summary>
/// The performance target of issue 5: the fiche synthèse (model, heatmap, Markdown and HTML) and the XLSX export of an
/// intercommunalité of 50 communes, 10 themes and 5 000 answers in under 2 s. Seeds a temporary SQLite file (answers of
/// realistic length from the labelled corpus, with its themes as tags; risk levels, fiches communes, témoignages, notes
/// and calendar), then times each part on a first, cold run (JIT, index of the twelve fiches, font) and on warm runs.
/// </summary>
public static class SynthesisBenchmark
{
    private const int CommuneCount = 50;
    private const int AnswerCount = 5_000;
    private const int WarmRuns = 5;
    private const int Seed = 42;

    /// <param name="outputDirectory">Where to write the first run's Markdown, HTML, heatmap and workbook, if given.</param>
    /// <param name="atOnce">
    /// Time only the documents and the workbook generated at once (GenerateAsync ∥ ExportXlsxAsync), first run included,
    /// as a bot serving both may do; otherwise each part one after the other, then the warm runs at once.
    /// </param>
    public static async Task<int> Run(TextWriter output, string? outputDirectory, bool atOnce = false)
    {
        var path = Path.Combine(Path.GetTempPath(), $"autodiag-synthesis-{Guid.NewGuid():N}.db");
        try
        {
            var dbFactory = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(
                new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={path}").Options));
            var themes = ThemeCatalog.LoadDefault();

            var clock = Stopwatch.StartNew();
            var (intercommunalityId, consultant, answers) = await SeedAsync(dbFactory, themes);
            output.WriteLine($"seeded:                  {CommuneCount} communes, {themes.All.Count} themes, {answers} answers in {clock.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1048576.0:F1} MB SQLite file)");
            var residentBefore = ResidentMegabytes();

            var access = new AccessPolicy(NullLogger<AccessPolicy>.Instance);
            var matrices = new ThemeMatrixService(dbFactory, themes, access, NullLogger<ThemeMatrixService>.Instance);
            var fiches = new FicheSyntheseService(dbFactory, themes, access, matrices, new Lazy<PisteSearch>(PisteSearch.LoadDefault), TimeProvider.System);
            var exports = new AnswerExportService(dbFactory, themes, access);

            if (atOnce)
            {
                var walls = new List<TimeSpan>();
                for (var run = 0; run <= WarmRuns; run++)
                {
                    var wall = Stopwatch.StartNew();
                    await Task.WhenAll(
                        Task.Run(() => fiches.GenerateAsync(consultant, intercommunalityId)),
                        Task.Run(() => exports.ExportXlsxAsync(consultant, intercommunalityId)));
                    walls.Add(wall.Elapsed);
                }

                output.WriteLine($"at once (GenerateAsync ∥ ExportXlsxAsync): first run {Verdict(walls[0])}, "
                    + $"warm median {Verdict(TimeSpan.FromMilliseconds(Median(walls.Skip(1).Select(t => t.TotalMilliseconds))))}, warm max {Verdict(walls.Skip(1).Max())}");
                output.WriteLine($"resident memory:         {residentBefore:F0} MB before the runs, {ResidentMegabytes():F0} MB after");
                return 0;
            }

            var runs = new List<Timings>();
            for (var run = 0; run <= WarmRuns; run++)
            {
                var total = Stopwatch.StartNew();
                var fiche = await Measure(() => fiches.BuildAsync(consultant, intercommunalityId));
                var png = await Measure(() => Task.FromResult(RiskHeatmap.Render(fiche.Value.Heatmap)));
                var documents = await Measure(() => Task.FromResult(
                    (Markdown: FicheSyntheseMarkdown.Render(fiche.Value), Html: FicheSyntheseHtml.Render(fiche.Value, png.Value))));
                var xlsx = await Measure(() => exports.ExportXlsxAsync(consultant, intercommunalityId));
                runs.Add(new Timings(fiche.Part, png.Part, documents.Part, xlsx.Part, new Part(total.Elapsed, fiche.Part.Allocated
                    + png.Part.Allocated + documents.Part.Allocated + xlsx.Part.Allocated)));

                if (run == 0)
                {
                    var (markdown, html) = documents.Value;
                    output.WriteLine($"fiche:                   {fiche.Value.Axes.Count} axes ({string.Join(" · ", fiche.Value.Axes.Select(a => a.Title))}), "
                        + $"{fiche.Value.Axes.Sum(a => a.Enjeux.Count)} enjeux, {fiche.Value.Axes.Sum(a => a.Orientations.Count)} orientations");
                    output.WriteLine($"sizes:                   Markdown {markdown.Length / 1024.0:F0} KB, HTML {html.Length / 1024.0:F0} KB, "
                        + $"heatmap {png.Value.Length / 1024.0:F0} KB ({RiskHeatmap.Width}×{RiskHeatmap.HeightFor(fiche.Value.Heatmap.Rows.Count)}), XLSX {xlsx.Value.Length / 1024.0:F0} KB");
                    if (outputDirectory is not null)
                    {
                        Directory.CreateDirectory(outputDirectory);
                        var name = Path.Combine(outputDirectory, fiche.Value.FileBaseName);
                        await File.WriteAllTextAsync(name + ".md", markdown);
                        await File.WriteAllTextAsync(name + ".html", html);
                        await File.WriteAllBytesAsync(Path.Combine(outputDirectory, fiche.Value.HeatmapFileName), png.Value);
                        await File.WriteAllBytesAsync(name + ".xlsx", xlsx.Value);
                        output.WriteLine($"written:                 {name}.md, .html, .xlsx and the heatmap");
                    }
                }
            }

            // As the bot may serve them: the documents and the workbook at once (two cores).
            var concurrent = new List<TimeSpan>();
            for (var run = 0; run < WarmRuns; run++)
            {
                var wall = Stopwatch.StartNew();
                await Task.WhenAll(
                    Task.Run(() => fiches.GenerateAsync(consultant, intercommunalityId)),
                    Task.Run(() => exports.ExportXlsxAsync(consultant, intercommunalityId)));
                concurrent.Add(wall.Elapsed);
            }

            var cold = runs[0];
            var warm = runs.Skip(1).ToList();
            output.WriteLine();
            output.WriteLine($"one after the other        first run   warm median of {warm.Count}   warm max   allocated (warm median)");
            Row(output, "fiche model (BuildAsync)", cold.Model, warm.Select(r => r.Model));
            Row(output, "heatmap PNG", cold.Heatmap, warm.Select(r => r.Heatmap));
            Row(output, "Markdown + HTML", cold.Documents, warm.Select(r => r.Documents));
            Row(output, "XLSX export", cold.Export, warm.Select(r => r.Export));
            Row(output, "total", cold.Total, warm.Select(r => r.Total));
            output.WriteLine($"at once (GenerateAsync ∥ ExportXlsxAsync, warm): median {Median(concurrent.Select(t => t.TotalMilliseconds)):F0} ms, max {concurrent.Max().TotalMilliseconds:F0} ms");
            output.WriteLine();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            output.WriteLine($"resident memory:         {residentBefore:F0} MB before the runs, {ResidentMegabytes():F0} MB after, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB");
            output.WriteLine($"managed heap:            {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MB");
            output.WriteLine($"target (< 2 s, one after the other): first run {Verdict(cold.Total.Elapsed)}, warm median {Verdict(TimeSpan.FromMilliseconds(Median(warm.Select(r => r.Total.Elapsed.TotalMilliseconds))))}, warm max {Verdict(warm.Max(r => r.Total.Elapsed))}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private sealed record Part(TimeSpan Elapsed, long Allocated);

    private sealed record Measured<T>(T Value, Part Part);

    private sealed record Timings(Part Model, Part Heatmap, Part Documents, Part Export, Part Total);

    private static async Task<Measured<T>> Measure<T>(Func<Task<T>> action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var value = await action();
        return new Measured<T>(value, new Part(clock.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated));
    }

    private static string Verdict(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:F0} ms {(elapsed.TotalSeconds < 2 ? "met" : "MISSED")}";

    private static void Row(TextWriter output, string label, Part cold, IEnumerable<Part> warm)
    {
        var parts = warm.ToList();
        var values = parts.Select(p => p.Elapsed.TotalMilliseconds).ToList();
        output.WriteLine($"{label,-26}{cold.Elapsed.TotalMilliseconds,8:F0} ms {Median(values),13:F0} ms {values.Max(),8:F0} ms {Median(parts.Select(p => p.Allocated / 1048576.0)),12:F0} MB");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// 50 communes with two élus each; 5 000 answers (70 % difficulties, 30 % resources) of one to three corpus texts
    /// with their themes as automatic tags, 5 % corrected by a person; a risk level per élu, commune and theme touched
    /// (a third with a reason); a fiche commune per commune; 12 témoignages; 8 notes; the calendar.
    /// </summary>
    private static async Task<(int IntercommunalityId, ParticipantProfile Consultant, int Answers)> SeedAsync(
        IDbContextFactory<AutoDiagDbContext> dbFactory, ThemeCatalog themes)
    {
        await new DatabaseInitializer(dbFactory).InitializeAsync();
        var corpus = LabelledTextFile.ReadDirectory(LocalThemeCategorizer.DefaultTrainingDirectory, themes)
            .Where(t => t.ThemeIds.Count > 0)
            .ToList();
        var random = new Random(Seed);

        var intercommunality = new Intercommunality
        {
            Name = "CC Banc d'Essai",
            Population = 61_250,
            PopulationYear = 2024,
            Communes = Enumerable.Range(1, CommuneCount)
                .Select(i => new Commune { Name = $"Commune {i:00}", Departement = i % 3 == 0 ? "Pas-de-Calais" : "Nord" })
                .ToList(),
        };
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Intercommunalities.Add(intercommunality);
            await db.SaveChangesAsync();
        }

        var directory = new ParticipantDirectory(dbFactory, TimeProvider.System);
        var consultant = await directory.RegisterAsync(new Registration("bench-consultant", "Consultante", ParticipantRole.Consultant, intercommunality.Id, []));
        var elus = new List<(ParticipantProfile Elu, int CommuneId)>();
        foreach (var commune in intercommunality.Communes)
        {
            for (var e = 0; e < 2; e++)
            {
                var elu = await directory.RegisterAsync(new Registration($"bench-{commune.Id}-{e}", $"Élu {commune.Name} {e + 1}", ParticipantRole.Elu, intercommunality.Id, [commune.Id]));
                elus.Add((elu, commune.Id));
            }
        }

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var start = DateTime.UtcNow.AddDays(-30);
            var touched = new HashSet<(int Participant, int Commune, string Theme)>();
            for (var n = 0; n < AnswerCount; n++)
            {
                var (elu, communeId) = elus[random.Next(elus.Count)];
                var parts = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => corpus[random.Next(corpus.Count)]).ToList();
                var themeIds = parts.SelectMany(p => p.ThemeIds).Distinct().ToList();
                var kind = random.NextDouble() < 0.7 ? AnswerKind.Difficulty : AnswerKind.Resource;
                var tags = themeIds.Select((t, i) => new ThemeTag { ThemeId = t, Confidence = 0.9 - 0.1 * i, Source = TagSource.Automatic }).ToList();
                if (random.NextDouble() < 0.05)
                {
                    tags.Add(new ThemeTag { ThemeId = themeIds[0], Confidence = 1, Source = TagSource.Human });
                }

                db.Answers.Add(new Answer
                {
                    CommuneId = communeId,
                    ParticipantId = elu.Id,
                    Kind = kind,
                    Text = string.Join(" ; ", parts.Select(p => p.Text)),
                    RecordedAt = start.AddMinutes(n),
                    SourceActivityId = $"bench|{n}",
                    Tags = tags,
                });
                if (kind == AnswerKind.Difficulty)
                {
                    touched.UnionWith(themeIds.Select(t => (elu.Id, communeId, t)));
                }
            }

            foreach (var (participant, commune, theme) in touched)
            {
                db.RiskAssessments.Add(new RiskAssessment
                {
                    ParticipantId = participant, CommuneId = commune, ThemeId = theme, Level = (RiskLevel)(1 + random.Next(3)),
                    Comment = random.NextDouble() < 0.33 ? corpus[random.Next(corpus.Count)].Text : null,
                    RecordedAt = start, SourceActivityId = $"bench|r|{participant}|{commune}|{theme}",
                });
            }

            foreach (var (commune, index) in intercommunality.Communes.Select((c, i) => (c, i)))
            {
                db.CommuneProfileRevisions.Add(new CommuneProfileRevision
                {
                    CommuneId = commune.Id, Population = 800 + 37 * index, PopulationYear = 2024,
                    Services = CommuneService.Join(CommuneService.All.Where(_ => random.NextDouble() < 0.4).Select(s => s.Id)),
                    Associations = "Club des aînés, comité des fêtes, Restos du Cœur", AssociationThemes = "vieillissement,lien-social,precarite",
                    ChangedByParticipantId = consultant.Id, ChangedAt = start,
                });
            }

            string[] structures = ["Mission Locale", "ADMR", "CCAS", "Centre social", "France Services", "CAF", "MSA", "PLIE", "Secours populaire", "EHPAD", "PMI", "Collège"];
            foreach (var structure in structures)
            {
                db.Testimonies.Add(new Testimony
                {
                    IntercommunalityId = intercommunality.Id, Structure = structure,
                    Perceptions = corpus[random.Next(corpus.Count)].Text, Enjeux = corpus[random.Next(corpus.Count)].Text,
                    Preconisations = string.Join('\n', Enumerable.Range(0, 3).Select(_ => "- " + corpus[random.Next(corpus.Count)].Text)),
                    RecordedByParticipantId = consultant.Id, RecordedAt = start,
                    Tags = [new TestimonyTag { ThemeId = themes.All[random.Next(themes.All.Count)].Id, Confidence = 0.8, Source = TagSource.Automatic }],
                });
            }

            foreach (var theme in themes.All.Take(7).Select(t => (string?)t.Id).Append(null))
            {
                db.ConsultantNotes.Add(new ConsultantNote
                {
                    IntercommunalityId = intercommunality.Id, ThemeId = theme, Text = corpus[random.Next(corpus.Count)].Text,
                    AuthorParticipantId = consultant.Id, WrittenAt = start,
                });
            }

            db.DemarcheCalendars.Add(new DemarcheCalendar
            {
                IntercommunalityId = intercommunality.Id, PresentationAuxElus = new DateOnly(2026, 3, 12), AteliersRessourcesDifficultes = new DateOnly(2026, 6, 4),
                SoireeTemoignages = new DateOnly(2026, 9, 24), History = "Créée en 2017 par la fusion de deux communautés de communes.",
                UpdatedByParticipantId = consultant.Id, UpdatedAt = start,
            });
            foreach (var (elu, communeId) in elus)
            {
                db.SectionCompletions.Add(new SectionCompletion { ParticipantId = elu.Id, CommuneId = communeId, Section = InterviewSection.Difficulties, CompletedAt = start });
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        return (intercommunality.Id, consultant, AnswerCount);
    }

    private static double ResidentMegabytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / 1048576.0;
    }
}
