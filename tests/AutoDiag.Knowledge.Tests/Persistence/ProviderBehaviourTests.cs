using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Persistence;

/// <summary>
/// Where SQLite and PostgreSQL differ — date and time types, unique violations, string comparison and order —
/// the application behaves the same on both.
/// </summary>
public abstract class ProviderBehaviourTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTime Instant = new(2026, 11, 28, 9, 30, 15, DateTimeKind.Utc);

    private TestDatabase database = null!;
    private int merville;
    private ParticipantProfile elu = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        var intercommunality = await db.Intercommunalities.Select(i => i.Id).SingleAsync();
        elu = await new ParticipantDirectory(database.Factory, new FixedClock(Instant))
            .RegisterAsync(new Registration("aad-elu", "Paul", ParticipantRole.Elu, intercommunality, [merville]));
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Dates_and_times_are_stored_as_utc_instants_and_days_as_days()
    {
        var interview = Interview(new FixedClock(Instant));
        await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("Beaucoup de familles au RSA"), "a1");
        await using (var db = database.Open())
        {
            db.DemarcheCalendars.Add(new DemarcheCalendar
            {
                IntercommunalityId = (await db.Intercommunalities.SingleAsync()).Id,
                Restitution = new DateOnly(2027, 3, 31),
                UpdatedByParticipantId = elu.Id,
                UpdatedAt = Instant,
            });
            await db.SaveChangesAsync();
        }

        await using var read = database.Open();
        var answer = await read.Answers.SingleAsync();
        // SQLite gives the kind back as Unspecified, PostgreSQL as Utc: the domain reads both as UTC.
        Assert.Equal(Instant, DateTime.SpecifyKind(answer.RecordedAt, DateTimeKind.Utc));
        Assert.NotEqual(DateTimeKind.Local, answer.RecordedAt.Kind);
        Assert.Equal(Instant, DateTime.SpecifyKind((await read.Participants.SingleAsync()).CreatedAt, DateTimeKind.Utc));
        var calendar = await read.DemarcheCalendars.SingleAsync();
        Assert.Equal(new DateOnly(2027, 3, 31), calendar.Restitution);
        Assert.Null(calendar.PresentationAuxElus);
        // Queries compare instants: an answer recorded at 9:30:15 UTC is after 9:00 UTC.
        Assert.Equal(1, await read.Answers.CountAsync(a => a.RecordedAt > Instant.AddMinutes(-30)));
    }

    [Fact]
    public async Task A_unique_index_or_a_primary_key_refusing_a_row_is_recognised()
    {
        await using (var db = database.Open())
        {
            db.Intercommunalities.Add(new Intercommunality { Name = "CC Flandre Lys" });
            var duplicateName = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(UniqueViolation.Is(duplicateName));
        }
        await using (var db = database.Open())
        {
            db.BotStates.Add(new BotStateRecord { Key = "k", Document = "{}", ETag = "e", UpdatedAt = Instant });
            await db.SaveChangesAsync();
        }
        await using (var db = database.Open())
        {
            db.BotStates.Add(new BotStateRecord { Key = "k", Document = "{}", ETag = "e", UpdatedAt = Instant });
            var duplicateKey = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(UniqueViolation.Is(duplicateKey));
        }
    }

    [Fact]
    public async Task Another_constraint_is_not_taken_for_a_duplicate()
    {
        await using var db = database.Open();
        db.Communes.Add(new Commune { Name = "Nulle part", IntercommunalityId = 999_999 });

        var missingParent = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(UniqueViolation.Is(missingParent));
    }

    [Fact]
    public async Task The_same_answer_delivered_twice_at_once_is_stored_once()
    {
        var interview = Interview(TimeProvider.System);

        var recorded = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("Plus de médecin depuis 2019"), "teams-7"))));

        Assert.Single(recorded.Select(r => r.AnswerId).Distinct());
        await using var db = database.Open();
        Assert.Equal(1, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task Answers_their_tags_risk_levels_and_closed_sections_keep_every_column_on_both()
    {
        var secretary = await new ParticipantDirectory(database.Factory, new FixedClock(Instant)).RegisterAsync(
            new Registration("aad-secretaire", "Julie", ParticipantRole.SecretaireDeMairie, elu.IntercommunalityId, [merville]));
        await using (var db = database.Open())
        {
            (await db.Intercommunalities.SingleAsync()).KeepOriginalTexts = true;
            await db.SaveChangesAsync();
        }
        var interview = Interview(new FixedClock(Instant));
        const string typed = "Mme Martin tient l'épicerie solidaire";
        const string comment = "M. Durand vit seul au 12 rue des Lilas";

        var recorded = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Resource, Text(typed), "a1", questionThemeId: "sante", enteredBy: secretary);
        await interview.RecordNothingToReportAsync(elu, merville, "logement", "Rien à signaler", "a2");
        await interview.RecordRiskAsync(elu, merville, "precarite", RiskLevel.Faible, null, "r1");
        var later = Interview(new FixedClock(Instant.AddHours(1)));
        await later.RecordRiskAsync(elu, merville, "precarite", RiskLevel.Eleve, comment, "r2", enteredBy: secretary);
        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);
        await later.CompleteSectionAsync(elu, merville, InterviewSection.Resources);

        await using var read = database.Open();
        var answer = await read.Answers.Include(a => a.Tags).SingleAsync(a => a.SourceActivityId == "a1");
        var masker = new PersonalDataMasker();
        Assert.Equal(
            (recorded.AnswerId, merville, elu.Id, (int?)secretary.Id, AnswerKind.Resource, masker.Mask(typed).Text, typed, false, Instant, "a1"),
            (answer.Id, answer.CommuneId, answer.ParticipantId, answer.EnteredByParticipantId, answer.Kind, answer.Text, answer.OriginalText,
                answer.ReportsNoDifficulty, DateTime.SpecifyKind(answer.RecordedAt, DateTimeKind.Utc), answer.SourceActivityId));
        Assert.NotEqual(typed, answer.Text);
        Assert.Equal(
            [(answer.Id, "precarite", 0.9, TagSource.Automatic, false), (answer.Id, "sante", 0.01, TagSource.Automatic, false)],
            answer.Tags.OrderBy(t => t.Id).Select(t => (t.AnswerId, t.ThemeId, t.Confidence, t.Source, t.ReportsNoDifficulty)));
        Assert.Equal(2, answer.Tags.Select(t => t.Id).Distinct().Count());
        // « Rien à signaler »: the answer says no difficulty, its tag is a human one and does not.
        var nothing = await read.Answers.Include(a => a.Tags).SingleAsync(a => a.SourceActivityId == "a2");
        Assert.Equal((AnswerKind.Difficulty, "Rien à signaler", (string?)null, true, (int?)null),
            (nothing.Kind, nothing.Text, nothing.OriginalText, nothing.ReportsNoDifficulty, nothing.EnteredByParticipantId));
        Assert.Equal([("logement", 1.0, TagSource.Human, false)], nothing.Tags.Select(t => (t.ThemeId, t.Confidence, t.Source, t.ReportsNoDifficulty)));

        // The second level replaced the first, with everything it came with.
        var risk = await read.RiskAssessments.SingleAsync();
        Assert.Equal(
            (merville, elu.Id, (int?)secretary.Id, "precarite", RiskLevel.Eleve, masker.Mask(comment).Text, comment, Instant.AddHours(1), "r2"),
            (risk.CommuneId, risk.ParticipantId, risk.EnteredByParticipantId, risk.ThemeId, risk.Level, risk.Comment, risk.OriginalComment,
                DateTime.SpecifyKind(risk.RecordedAt, DateTimeKind.Utc), risk.SourceActivityId));
        Assert.NotEqual(comment, risk.Comment);

        // Closed twice: one row, dated the first time.
        var closed = await read.SectionCompletions.SingleAsync();
        Assert.Equal((elu.Id, merville, InterviewSection.Resources, Instant),
            (closed.ParticipantId, closed.CommuneId, closed.Section, DateTime.SpecifyKind(closed.CompletedAt, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task The_interview_position_comes_from_one_query_over_answers_tags_risks_and_sections_on_both()
    {
        var interview = Interview(TimeProvider.System);
        var difficulty = await interview.RecordAnswerAsync(elu, merville, AnswerKind.Difficulty, Text("Beaucoup de familles au RSA"), "a1");
        await using (var db = database.Open())
        {
            // A consultant's review adds a theme the interview leaves aside; a resource may have no theme at all.
            db.ThemeTags.Add(new ThemeTag { AnswerId = difficulty.AnswerId, ThemeId = "mobilite", Confidence = 1, Source = TagSource.Review });
            db.Answers.Add(new Answer
            {
                CommuneId = merville, ParticipantId = elu.Id, Kind = AnswerKind.Resource, Text = "Le CCAS", RecordedAt = Instant, SourceActivityId = "a2",
            });
            await db.SaveChangesAsync();
        }

        var difficulties = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Difficulties, 1), (difficulties.Step, difficulties.AnswersSoFar));

        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Difficulties);
        var resources = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Resources, 1), (resources.Step, resources.AnswersSoFar));

        await interview.CompleteSectionAsync(elu, merville, InterviewSection.Resources);
        var risk = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Risk, "precarite"), (risk.Step, risk.ThemeId));

        await interview.RecordRiskAsync(elu, merville, "precarite", RiskLevel.Modere, comment: null, "a3");
        var coverage = await interview.GetPositionAsync(elu);
        Assert.Equal((InterviewStep.Coverage, ThemeCatalog.LoadDefault().Main.First(t => t.Id != "precarite").Id), (coverage.Step, coverage.ThemeId));
    }

    [Fact]
    public async Task A_participant_profile_comes_from_one_query_with_communes_in_order_and_followed_intercommunalites_on_both()
    {
        int estaires, hautAllier;
        await using (var db = database.Open())
        {
            estaires = await db.Communes.Where(c => c.Name == "Estaires").Select(c => c.Id).SingleAsync();
            var other = new Intercommunality { Name = "CC du Haut-Allier", Communes = [new() { Name = "Langeac" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            hautAllier = other.Id;
        }
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        var registered = await directory.RegisterAsync(new Registration("aad-consultant", "Claire", ParticipantRole.Consultant, elu.IntercommunalityId, [merville, estaires]));
        await using (var db = database.Open())
        {
            db.ParticipantIntercommunalities.Add(new ParticipantIntercommunality { ParticipantId = registered.Id, IntercommunalityId = hautAllier });
            await db.SaveChangesAsync();
        }

        foreach (var profile in new[] { await directory.FindAsync("aad-consultant"), await directory.GetAsync(registered.Id) })
        {
            Assert.NotNull(profile);
            Assert.Equal(("Claire", ParticipantRole.Consultant, "CC Flandre Lys"), (profile.DisplayName, profile.Role, profile.IntercommunalityName));
            Assert.Equal(["Merville", "Estaires"], profile.Communes.Select(c => c.Name));
            Assert.Equal([hautAllier], profile.OtherIntercommunalityIds!);
        }
        Assert.Null(await directory.FindAsync("aad-nobody"));
    }

    [Fact]
    public async Task Names_compare_case_sensitively_and_lists_come_in_the_same_order_on_both()
    {
        await using (var db = database.Open())
        {
            db.Intercommunalities.Add(new Intercommunality
            {
                Name = "CC des Essais",
                Communes = [new() { Name = "Zuytpeene" }, new() { Name = "Éringhem" }, new() { Name = "eecke" }, new() { Name = "Ebblinghem" }, new() { Name = "Saint-Omer" }],
            });
            await db.SaveChangesAsync();
        }

        var directory = new TerritoryDirectory(database.Factory);
        var essais = (await directory.ListIntercommunalitiesAsync()).Single(i => i.Name == "CC des Essais");

        Assert.Equal(["CC Flandre Lys", "CC des Essais"], (await directory.ListIntercommunalitiesAsync()).Select(i => i.Name));
        Assert.Equal(["Ebblinghem", "Saint-Omer", "Zuytpeene", "eecke", "Éringhem"], (await directory.ListCommunesAsync(essais.Id)).Select(c => c.Name));
        await using var read = database.Open();
        Assert.Equal(0, await read.Communes.CountAsync(c => c.Name == "merville"));
        Assert.Equal(1, await read.Communes.CountAsync(c => c.Name == "Merville"));
    }

    [Fact]
    public async Task A_theme_listing_counts_each_answer_by_its_highest_tag_source_on_both()
    {
        var consultant = await new ParticipantDirectory(database.Factory, TimeProvider.System)
            .RegisterAsync(new Registration("aad-consultant", "Claire", ParticipantRole.Consultant, elu.IntercommunalityId, []));
        await using (var db = database.Open())
        {
            Answer With(string text, params (string Theme, TagSource Source)[] tags) => new()
            {
                CommuneId = merville, ParticipantId = elu.Id, Kind = AnswerKind.Difficulty, Text = text, RecordedAt = Instant, SourceActivityId = text,
                Tags = tags.Select(t => new ThemeTag { ThemeId = t.Theme, Confidence = 0.9, Source = t.Source }).ToList(),
            };
            db.Answers.AddRange(
                With("automatique", ("mobilite", TagSource.Automatic)),
                With("corrigée par l'élu", ("mobilite", TagSource.Automatic), ("sante", TagSource.Human)),
                With("relue", ("mobilite", TagSource.Automatic), ("sante", TagSource.Human), ("mobilite", TagSource.Review)));
            await db.SaveChangesAsync();
        }
        var matrices = new ThemeMatrixService(database.Factory, ThemeCatalog.LoadDefault(), new AccessPolicy(NullLogger<AccessPolicy>.Instance), NullLogger<ThemeMatrixService>.Instance);

        async Task<IEnumerable<string>> Listed(string themeId) =>
            (await matrices.ListAnswersAsync(consultant, elu.IntercommunalityId, merville, themeId, 1, 10)).Items.Select(a => a.Text).Order(StringComparer.Ordinal);

        Assert.Equal(["automatique", "relue"], await Listed("mobilite"));
        Assert.Equal(["corrigée par l'élu"], await Listed("sante"));
    }

    [Fact]
    public async Task A_state_document_is_replaced_only_with_the_etag_it_was_read_with_on_both()
    {
        var store = new StateDocumentStore(database.Factory, TimeProvider.System);
        var first = await store.WriteAsync("conv", "{\"v\":1}", expectedETag: null);
        var second = await store.WriteAsync("conv", "{\"v\":2}", first);

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync("conv", "{\"v\":3}", first));
        var stored = (await store.ReadAsync(["conv"]))["conv"];
        Assert.Equal(("{\"v\":2}", second), (stored.Json, stored.ETag));
    }

    private InterviewService Interview(TimeProvider clock)
    {
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>()))
            .Returns(new ThemeCategorization([new ThemeScore("precarite", 0.9, ["precarite"])], ReportsNoDifficulty: false));
        return new InterviewService(database.Factory, categorizer.Object, ThemeCatalog.LoadDefault(), new AccessPolicy(NullLogger<AccessPolicy>.Instance), new PersonalDataMasker(), clock);
    }

    private static AnswerText Text(string value)
    {
        Assert.Null(AnswerText.TryCreate(value, out var text));
        return text!;
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}

public sealed class SqliteProviderBehaviourTests() : ProviderBehaviourTests(DatabaseProvider.Sqlite);

public sealed class PostgresProviderBehaviourTests() : ProviderBehaviourTests(DatabaseProvider.Postgres);
