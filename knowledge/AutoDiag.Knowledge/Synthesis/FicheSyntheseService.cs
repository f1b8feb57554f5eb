using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Synthesis;

/// <summary>
/// The draft fiche synthèse of an intercommunalité, generated on demand from what is recorded: its figures and calendar,
/// the communes × themes matrix (<see cref="ThemeMatrixService"/>), the answers (human theme corrections win), the risk
/// levels and their reasons, the fiches communes, the témoignages of the actors (kept apart from the élus' answers), the
/// consultant's notes, and the pistes of the twelve fiches of other territories (<see cref="PisteSearch"/>). How axes are
/// proposed and cited: Synthesis/README.md.
/// <para>
/// Access: <see cref="ProtectedAction.Review"/> on every commune of the intercommunalité — its consultants and
/// administrators; anyone else gets <see cref="AccessDeniedException"/> (logged), which never tells whether the
/// intercommunalité exists or has data.
/// </para>
/// </summary>
/// <remarks>Stateless and thread-safe: register it as a singleton (every dependency is one).</remarks>
public sealed class FicheSyntheseService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ThemeCatalog themes,
    AccessPolicy access,
    ThemeMatrixService matrices,
    Lazy<PisteSearch> pistes,
    TimeProvider clock)
{
    /// <summary>At most this many axes are proposed.</summary>
    public const int MaxAxes = 5;

    /// <summary>Beyond this many axes, a theme is kept only if its score reaches a third of the first axis's.</summary>
    public const int MinAxes = 3;

    public const int ExcerptsPerAxis = 4;
    public const int RiskCommentsPerAxis = 2;
    public const int ActorEnjeuxPerAxis = 4;
    public const int ResourcesPerAxis = 4;
    public const int AssociationsPerAxis = 3;
    public const int PreconisationsPerAxis = 6;
    public const int PistesPerAxis = 3;

    /// <summary>Longest excerpt of an answer, a reason or an association list, in characters (cut at a word).</summary>
    public const int ExcerptLength = 200;

    /// <summary>Longest excerpt of what an actor said, in characters.</summary>
    public const int ActorExcerptLength = 300;

    private const int MaxPisteQueryLength = 1500;

    private static readonly Lazy<TimeZoneInfo> Paris = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Paris", out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>The draft as a model, for the renderers or for a card.</summary>
    /// <exception cref="AccessDeniedException">The viewer may not review every commune of the intercommunalité.</exception>
    public async Task<FicheSynthese> BuildAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ReviewScope.ResolveAsync(db, access, viewer, ProtectedAction.Review, intercommunalityId, requireAll: true, ct);
        if (scope.Communes.Count == 0)
        {
            // requireAll checks nothing on an intercommunalité without communes: the rule still applies.
            access.Demand(viewer, ProtectedAction.Review, intercommunalityId, communeId: 0);
        }

        var source = await LoadAsync(db, scope, ct);
        return Compose(scope, source);
    }

    /// <summary>The draft as Markdown, a self-contained HTML page and the heatmap PNG.</summary>
    /// <exception cref="AccessDeniedException">The viewer may not review every commune of the intercommunalité.</exception>
    public async Task<FicheSyntheseDocuments> GenerateAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        var fiche = await BuildAsync(viewer, intercommunalityId, ct);
        var heatmap = RiskHeatmap.Render(fiche.Heatmap);
        return new FicheSyntheseDocuments(
            fiche.FileBaseName, FicheSyntheseMarkdown.Render(fiche), FicheSyntheseHtml.Render(fiche, heatmap), heatmap);
    }

    private sealed record Source(
        ThemeMatrix Matrix,
        int? Population,
        int? PopulationYear,
        IReadOnlyList<string?> Departements,
        IReadOnlyList<Answer> Answers,
        IReadOnlyList<RiskAssessment> CommentedRisks,
        IReadOnlyList<CommuneProfileRevision> Profiles,
        IReadOnlyList<Testimony> Testimonies,
        IReadOnlyList<ConsultantNote> Notes,
        DemarcheCalendar? Calendar);

    /// <remarks>
    /// The matrix and the rest load on two contexts at once (SQLite's async calls run synchronously, hence Task.Run),
    /// while the index of the twelve fiches is built on first use: the three overlap on a machine with two cores.
    /// </remarks>
    private async Task<Source> LoadAsync(AutoDiagDbContext db, ReviewScope scope, CancellationToken ct)
    {
        var id = scope.IntercommunalityId;
        var communeIds = scope.CommuneIds.ToList();
        var index = pistes.IsValueCreated ? Task.CompletedTask : Task.Run(() => pistes.Value, ct);
        var matrixTask = Task.Run(async () =>
        {
            await using var matrixDb = await dbFactory.CreateDbContextAsync(ct);
            return await matrices.BuildMatrixAsync(matrixDb, scope, ct);
        }, ct);

        try
        {
            var intercommunality = await db.Intercommunalities.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new { i.Population, i.PopulationYear }).SingleAsync(ct);
            var departements = await db.Communes.AsNoTracking().Where(c => c.IntercommunalityId == id)
                .Select(c => c.Departement).ToListAsync(ct);
            var answers = await db.Answers.AsNoTracking().Include(a => a.Tags)
                .Where(a => communeIds.Contains(a.CommuneId)).ToListAsync(ct);
            var risks = await db.RiskAssessments.AsNoTracking()
                .Where(r => communeIds.Contains(r.CommuneId) && r.Comment != null && r.Comment != "").ToListAsync(ct);
            var revisions = await db.CommuneProfileRevisions.AsNoTracking()
                .Where(r => communeIds.Contains(r.CommuneId)).ToListAsync(ct);
            var testimonies = await db.Testimonies.AsNoTracking().Include(t => t.Tags)
                .Where(t => t.IntercommunalityId == id).ToListAsync(ct);
            var notes = await db.ConsultantNotes.AsNoTracking().Where(n => n.IntercommunalityId == id).ToListAsync(ct);
            var calendar = await db.DemarcheCalendars.AsNoTracking().SingleOrDefaultAsync(c => c.IntercommunalityId == id, ct);
            var matrix = await matrixTask;
            await index;

            return new Source(
                matrix,
                intercommunality.Population,
                intercommunality.PopulationYear,
                departements,
                answers.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).ToList(),
                risks,
                // The current fiche commune is the latest revision.
                revisions.GroupBy(r => r.CommuneId)
                    .Select(g => g.OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).First())
                    .ToList(),
                testimonies.OrderBy(t => t.RecordedAt).ThenBy(t => t.Id).ToList(),
                notes.OrderBy(n => n.WrittenAt).ThenBy(n => n.Id).ToList(),
                calendar);
        }
        catch
        {
            // The second context is done with before the failure goes up, and its own failure, if any, observed.
            try
            {
                await Task.WhenAll(matrixTask, index);
            }
            catch (Exception)
            {
                // The first failure is the one reported.
            }

            throw;
        }
    }

    private FicheSynthese Compose(ReviewScope scope, Source source)
    {
        var communes = new CommuneNames(scope);
        var matrix = source.Matrix;
        var difficulties = source.Answers
            .Where(a => a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty)
            .Select(a => new ThemedAnswer(a, a.EffectiveDifficulties()))
            .ToList();
        var resources = source.Answers
            .Where(a => a.Kind == AnswerKind.Resource)
            .Select(a => new ThemedAnswer(a, a.Effective()))
            .ToList();
        var testimonies = source.Testimonies.Select(t => new ThemedTestimony(t, EffectiveThemes(t))).ToList();

        var candidates = AxisCandidates(matrix, testimonies);
        var chosen = new List<AxisCandidate>();
        foreach (var candidate in candidates)
        {
            if (chosen.Count == MaxAxes || (chosen.Count >= MinAxes && candidate.Score * 3 < chosen[0].Score))
            {
                break;
            }

            chosen.Add(candidate);
        }

        var used = new UsedAcrossAxes();
        var axes = chosen
            .Select((candidate, index) => Axis(index + 1, candidate, scope, communes, difficulties, resources, testimonies, source, used))
            .ToList();
        var others = candidates.Skip(chosen.Count)
            .Select(c => new ThemeMention(c.Theme.Id, c.Theme.Label, communes.Names(c.Sources.Select(r => r.Commune.Id)), c.Difficulties))
            .ToList();

        return new FicheSynthese(
            scope.IntercommunalityId,
            scope.IntercommunalityName,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Paris.Value).DateTime),
            Context(scope, source, difficulties.Count, resources.Count),
            Calendar(source),
            axes,
            others,
            Comments(source.Notes),
            new RiskHeatmapData(
                matrix.Themes.Select(t => t.ShortLabel).ToList(),
                matrix.Rows.Select(r => new RiskHeatmapRow(r.Commune.Name, matrix.Themes.Select(t => r.Cells[t.Id]).ToList())).ToList()));
    }

    private sealed record ThemedAnswer(Answer Answer, IReadOnlyList<string> Themes);

    /// <summary>What earlier axes already cite: a draft that quotes the same words under three axes reads as padding.</summary>
    private sealed class UsedAcrossAxes
    {
        public HashSet<(string, string)> Pistes { get; } = [];

        /// <summary>The élus' answers quoted, by <see cref="SyntheseText.Key"/>.</summary>
        public HashSet<string> Excerpts { get; } = [];
    }

    private sealed record ThemedTestimony(Testimony Testimony, IReadOnlyList<string> Themes);

    private sealed record AxisCandidate(Theme Theme, int Order, IReadOnlyList<CommuneMatrixRow> Sources, int Score, int Difficulties);

    /// <summary>
    /// Every theme raised by at least one commune, best first (see README: score, then communes, answers, catalogue order).
    /// The actors heard weigh too — phase 3 analyses what the élus and the actors said — but only on a theme the
    /// communes raised: an axis stays rooted in the état des lieux.
    /// </summary>
    private static List<AxisCandidate> AxisCandidates(ThemeMatrix matrix, IReadOnlyList<ThemedTestimony> testimonies) =>
        matrix.Themes
            .Select((theme, order) =>
            {
                var sources = matrix.Rows.Where(r => r.Cells[theme.Id].DifficultyCount > 0).ToList();
                return new AxisCandidate(
                    theme,
                    order,
                    sources,
                    sources.Sum(r => CommuneWeight(r.Cells[theme.Id].HighestRisk)) + testimonies.Count(t => t.Themes.Contains(theme.Id)),
                    sources.Sum(r => r.Cells[theme.Id].DifficultyCount));
            })
            .Where(c => c.Sources.Count > 0)
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Sources.Count)
            .ThenByDescending(c => c.Difficulties)
            .ThenBy(c => c.Order)
            .ToList();

    /// <summary>What a commune raising a theme weighs: 1, plus 1 if its highest risk is modéré, plus 2 if élevé.</summary>
    internal static int CommuneWeight(RiskLevel? highestRisk) => highestRisk switch
    {
        RiskLevel.Eleve => 3,
        RiskLevel.Modere => 2,
        _ => 1,
    };

    private SyntheseAxis Axis(
        int number,
        AxisCandidate candidate,
        ReviewScope scope,
        CommuneNames communes,
        IReadOnlyList<ThemedAnswer> difficulties,
        IReadOnlyList<ThemedAnswer> resources,
        IReadOnlyList<ThemedTestimony> testimonies,
        Source source,
        UsedAcrossAxes used)
    {
        var theme = candidate.Theme;
        var riskByCommune = candidate.Sources.ToDictionary(r => r.Commune.Id, r => r.Cells[theme.Id].HighestRisk);
        RiskLevel? HighestRisk(IEnumerable<int> communeIds) => communeIds.Select(c => riskByCommune.GetValueOrDefault(c)).Max();

        // Les enjeux: the summary, excerpts of the answers, the reasons given with the risk levels.
        var enjeux = new List<SyntheseEnjeu>
        {
            new(
                EnjeuKind.Constat,
                FicheSyntheseTexts.Constat(
                    communes.Names(candidate.Sources.Select(r => r.Commune.Id)),
                    scope.Communes.Count,
                    candidate.Difficulties,
                    [.. candidate.Sources
                        .Where(r => r.Cells[theme.Id].HighestRisk is not null)
                        .GroupBy(r => r.Cells[theme.Id].HighestRisk!.Value)
                        .Select(g => (g.Key, (IReadOnlyList<string>)communes.Names(g.Select(r => r.Commune.Id))))]),
                communes.Names(candidate.Sources.Select(r => r.Commune.Id)),
                HighestRisk(riskByCommune.Keys)),
        };

        var quoted = Quotes(difficulties.Where(d => d.Themes.Contains(theme.Id)).Select(d => (d.Answer.Text, d.Answer.CommuneId)), communes)
            .OrderByDescending(q => HighestRisk(q.CommuneIds))
            .ThenByDescending(q => q.CommuneIds.Count)
            .ThenBy(q => q.Rank);
        // Answers an earlier axis quoted give way to others; an axis with none of its own keeps its best one.
        var excerpts = PickAcrossCommunes(quoted.Where(q => !used.Excerpts.Contains(SyntheseText.Key(q.Text))), ExcerptsPerAxis);
        if (excerpts.Count == 0)
        {
            excerpts = PickAcrossCommunes(quoted, 1);
        }
        used.Excerpts.UnionWith(excerpts.Select(q => SyntheseText.Key(q.Text)));
        enjeux.AddRange(excerpts.Select(q => new SyntheseEnjeu(
            EnjeuKind.Extrait, SyntheseText.Excerpt(q.Text, ExcerptLength), communes.Names(q.CommuneIds), HighestRisk(q.CommuneIds))));

        var reasons = source.CommentedRisks
            .Where(r => r.ThemeId == theme.Id && riskByCommune.ContainsKey(r.CommuneId) && !string.IsNullOrWhiteSpace(r.Comment))
            .GroupBy(r => SyntheseText.Key(r.Comment!))
            .Where(g => g.Key.Length > 0)
            .Select(g => new
            {
                Text = g.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).First().Comment!,
                Level = g.Max(r => r.Level),
                CommuneIds = g.Select(r => r.CommuneId).Distinct().ToList(),
                First = g.Min(r => r.Id),
            })
            .OrderByDescending(r => r.Level).ThenByDescending(r => r.CommuneIds.Count).ThenBy(r => r.First)
            .Take(RiskCommentsPerAxis);
        enjeux.AddRange(reasons.Select(r => new SyntheseEnjeu(
            EnjeuKind.RisqueCommente, SyntheseText.Excerpt(r.Text, ExcerptLength), communes.Names(r.CommuneIds), r.Level)));

        // What the actors said of the theme: theirs, cited by structure, never mixed with the communes' enjeux.
        var actors = testimonies.Where(t => t.Themes.Contains(theme.Id)).Select(t => t.Testimony).ToList();
        var actorEnjeux = actors
            .Select(t => (t.Structure, Text: !string.IsNullOrWhiteSpace(t.Enjeux) ? t.Enjeux : t.Perceptions))
            .Where(t => !string.IsNullOrWhiteSpace(t.Text))
            .Take(ActorEnjeuxPerAxis)
            .Select(t => new ActorStatement(SyntheseText.OneLine(t.Structure), SyntheseText.Excerpt(t.Text!, ActorExcerptLength)))
            .ToList();

        // Les orientations: resources named by the communes, the fiches communes, the actors' préconisations, other territories.
        var orientations = new List<SyntheseOrientation>();
        var resourceQuotes = Quotes(resources.Where(r => r.Themes.Contains(theme.Id)).Select(r => (r.Answer.Text, r.Answer.CommuneId)), communes)
            .OrderByDescending(q => q.CommuneIds.Count)
            .ThenBy(q => q.Rank);
        orientations.AddRange(PickAcrossCommunes(resourceQuotes, ResourcesPerAxis).Select(q => SyntheseOrientation.FromCommunes(
            OrientationOrigin.Ressource, SyntheseText.Excerpt(q.Text, ExcerptLength), communes.Names(q.CommuneIds))));

        foreach (var (serviceId, label) in CommuneServiceThemes.For(theme.Id))
        {
            var withService = source.Profiles.Where(p => p.ServiceIds().Contains(serviceId)).Select(p => p.CommuneId).ToList();
            if (withService.Count > 0)
            {
                orientations.Add(SyntheseOrientation.FromCommunes(OrientationOrigin.FicheCommune, label, communes.Names(withService)));
            }
        }

        orientations.AddRange(source.Profiles
            .Where(p => !string.IsNullOrWhiteSpace(p.Associations) && p.AssociationThemeIds().Contains(theme.Id))
            .OrderBy(p => communes.Order(p.CommuneId))
            .Take(AssociationsPerAxis)
            .Select(p => SyntheseOrientation.FromCommunes(
                OrientationOrigin.FicheCommune,
                $"{FicheSyntheseTexts.AssociationsLabel} {SyntheseText.Excerpt(p.Associations!, ExcerptLength)}",
                communes.Names([p.CommuneId]))));

        var preconisations = RoundRobin(actors
                .Where(t => !string.IsNullOrWhiteSpace(t.Preconisations))
                .Select(t => SyntheseText.Items(t.Preconisations!)
                    .Select(item => SyntheseOrientation.FromActor(SyntheseText.OneLine(t.Structure), SyntheseText.Excerpt(item, ActorExcerptLength)))
                    .ToList()))
            .Take(PreconisationsPerAxis)
            .ToList();
        orientations.AddRange(preconisations);

        var query = string.Join(' ', new[] { theme.Label }
            .Concat(excerpts.Select(q => q.Text))
            .Concat(preconisations.Select(p => p.Text)));
        orientations.AddRange(Pistes(SyntheseText.Excerpt(query, MaxPisteQueryLength), theme.Id, scope.IntercommunalityName, used.Pistes));

        return new SyntheseAxis(
            number,
            theme.Id,
            theme.Label,
            candidate.Score,
            communes.Names(candidate.Sources.Select(r => r.Commune.Id)),
            candidate.Difficulties,
            enjeux,
            actorEnjeux,
            orientations);
    }

    /// <summary>The 3 pistes of other territories closest to the axis (its theme first), none repeated from an earlier axis.</summary>
    private IEnumerable<SyntheseOrientation> Pistes(string query, string themeId, string ownTerritory, HashSet<(string, string)> used)
    {
        var search = pistes.Value;
        var found = new List<Piste>();
        foreach (var filter in new[] { themeId, null })
        {
            foreach (var piste in search.Search(query, PistesPerAxis + used.Count, filter, excludeTerritory: ownTerritory))
            {
                if (found.Count < PistesPerAxis && used.Add((piste.Territory, piste.Text)))
                {
                    found.Add(piste);
                }
            }

            if (found.Count == PistesPerAxis)
            {
                break;
            }
        }

        return found.Select(p => SyntheseOrientation.FromTerritory(p.Territory, p.Text));
    }

    private sealed record Quote(string Text, IReadOnlyList<int> CommuneIds, int Rank);

    /// <summary>Texts merged when they differ only by case, accents, punctuation or spacing, each with all its communes.</summary>
    private static List<Quote> Quotes(IEnumerable<(string Text, int CommuneId)> texts, CommuneNames communes) =>
        texts
            .Select((t, rank) => (t.Text, t.CommuneId, Rank: rank, Key: SyntheseText.Key(t.Text)))
            .Where(t => t.Key.Length > 0)
            .GroupBy(t => t.Key)
            .Select(g => new Quote(
                g.First().Text,
                g.Select(t => t.CommuneId).Distinct().OrderBy(communes.Order).ToList(),
                g.Min(t => t.Rank)))
            .ToList();

    /// <summary>
    /// The first <paramref name="count"/> quotes in rank order that bring a commune not quoted yet, completed if need be by
    /// the best of the others: the draft hears as many communes as it can.
    /// </summary>
    private static List<Quote> PickAcrossCommunes(IEnumerable<Quote> ranked, int count)
    {
        var picked = new List<(Quote Quote, int Position)>();
        var skipped = new List<(Quote Quote, int Position)>();
        var heard = new HashSet<int>();
        var position = 0;
        foreach (var quote in ranked)
        {
            if (picked.Count == count)
            {
                break;
            }

            if (quote.CommuneIds.Any(c => !heard.Contains(c)))
            {
                picked.Add((quote, position));
                heard.UnionWith(quote.CommuneIds);
            }
            else
            {
                skipped.Add((quote, position));
            }

            position++;
        }

        picked.AddRange(skipped.Take(count - picked.Count));
        return picked.OrderBy(p => p.Position).Select(p => p.Quote).ToList();
    }

    /// <summary>The first item of each list, then the second of each, and so on: every actor is heard before one is heard twice.</summary>
    private static IEnumerable<T> RoundRobin<T>(IEnumerable<IReadOnlyList<T>> lists)
    {
        var all = lists.ToList();
        for (var index = 0; all.Any(l => index < l.Count); index++)
        {
            foreach (var list in all.Where(l => index < l.Count))
            {
                yield return list[index];
            }
        }
    }

    /// <summary>A testimony's themes: those a consultant set when there are any, else the categoriser's, most confident first.</summary>
    private static IReadOnlyList<string> EffectiveThemes(Testimony testimony)
    {
        var human = testimony.Tags.Where(t => t.Source == TagSource.Human).ToList();
        var tags = human.Count > 0 ? human : testimony.Tags;
        return tags.OrderByDescending(t => t.Confidence).ThenBy(t => t.Id).Select(t => t.ThemeId).Distinct().ToList();
    }

    private static SyntheseContext Context(ReviewScope scope, Source source, int difficulties, int resources)
    {
        var respondents = source.Matrix.Rows
            .SelectMany(r => r.Completion.Participants)
            .GroupBy(p => p.ParticipantId)
            .Select(g => g.First().Role)
            .ToList();
        var departements = source.Departements
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .GroupBy(d => d!.Trim(), StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new DepartementShare(g.Key, g.Count()))
            .OrderByDescending(d => d.Communes).ThenBy(d => d.Departement, StringComparer.CurrentCulture)
            .ToList();
        var (population, populationYear, summed) = Population(scope, source);
        return new SyntheseContext(
            population,
            populationYear,
            scope.Communes.Count,
            departements,
            string.IsNullOrWhiteSpace(source.Calendar?.History) ? null : source.Calendar.History.Trim(),
            new SyntheseParticipation(
                // By the answers, not the respondents: an erased élu's answers, kept under « élu anonyme », are the commune's.
                source.Answers.Select(a => a.CommuneId).Distinct().Count(),
                respondents.Count(r => r == ParticipantRole.Elu),
                respondents.Count(r => r == ParticipantRole.SecretaireDeMairie),
                difficulties,
                resources,
                source.Testimonies.Count),
            summed);
    }

    /// <summary>
    /// The intercommunalité's population as recorded; failing that, the total of the fiches communes when every commune
    /// has one (with their year when they share it) — a partial total would read as the territory's.
    /// </summary>
    private static (int? Population, int? Year, bool SummedFromCommunes) Population(ReviewScope scope, Source source)
    {
        if (source.Population is not null)
        {
            return (source.Population, source.PopulationYear, false);
        }
        var counted = source.Profiles.Where(p => p.Population is not null).ToList();
        if (counted.Count == 0 || scope.Communes.Any(c => counted.All(p => p.CommuneId != c.Id)))
        {
            return (null, null, false);
        }
        var years = counted.Select(p => p.PopulationYear).Distinct().ToList();
        return (counted.Sum(p => p.Population!.Value), years.Count == 1 ? years[0] : null, true);
    }

    private static SyntheseCalendar Calendar(Source source)
    {
        var calendar = source.Calendar;
        return new SyntheseCalendar(
            [
                new SyntheseCalendarStep(DemarcheStep.PresentationAuxElus, calendar?.PresentationAuxElus),
                new SyntheseCalendarStep(DemarcheStep.AteliersRessourcesDifficultes, calendar?.AteliersRessourcesDifficultes),
                new SyntheseCalendarStep(DemarcheStep.SoireeTemoignages, calendar?.SoireeTemoignages),
                new SyntheseCalendarStep(DemarcheStep.Restitution, calendar?.Restitution),
            ],
            source.Testimonies
                .Select(t => SyntheseText.OneLine(t.Structure))
                .Where(s => s.Length > 0)
                .Distinct(StringComparer.CurrentCultureIgnoreCase)
                .ToList());
    }

    private List<SyntheseComment> Comments(IReadOnlyList<ConsultantNote> notes)
    {
        var order = themes.All.Select((t, index) => (t.Id, index)).ToDictionary(x => x.Id, x => x.index);
        return notes
            .Where(n => !string.IsNullOrWhiteSpace(n.Text))
            .OrderBy(n => n.ThemeId is null ? -1 : order.GetValueOrDefault(n.ThemeId, int.MaxValue))
            .ThenBy(n => n.WrittenAt).ThenBy(n => n.Id)
            .Select(n => new SyntheseComment(
                n.ThemeId,
                n.ThemeId is null ? null : themes.TryGet(n.ThemeId, out var theme) ? theme.Label : n.ThemeId,
                n.Text.Trim(),
                DateTime.SpecifyKind(n.WrittenAt, DateTimeKind.Utc)))
            .ToList();
    }

    /// <summary>The communes' names in the scope's (name) order.</summary>
    private sealed class CommuneNames(ReviewScope scope)
    {
        private readonly Dictionary<int, (string Name, int Order)> byId =
            scope.Communes.Select((c, index) => (c.Id, c.Name, index)).ToDictionary(x => x.Id, x => (x.Name, x.index));

        public int Order(int communeId) => byId.TryGetValue(communeId, out var commune) ? commune.Order : int.MaxValue;

        public IReadOnlyList<string> Names(IEnumerable<int> communeIds) =>
            communeIds.Distinct().Where(byId.ContainsKey).OrderBy(Order).Select(id => byId[id].Name).ToList();
    }
}
