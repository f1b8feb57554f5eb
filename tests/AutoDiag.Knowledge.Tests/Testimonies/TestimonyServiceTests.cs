using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Tests.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Testimonies;

/// <summary>Testimonies of the soirée de témoignages: checked, categorised, corrected, kept apart from the élus' answers.</summary>
public sealed class TestimonyServiceTests : IAsyncLifetime
{
    private static readonly DateTime T1 = new(2025, 5, 20, 18, 30, 0, DateTimeKind.Utc);
    private static readonly ThemeCatalog Catalog = ThemeCatalog.LoadDefault();

    private readonly Mock<IThemeCategorizer> categorizer = new();
    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private readonly Mock<TimeProvider> clock = new();
    private DateTime now = T1;
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private TestimonyService service = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        clock.Setup(c => c.GetUtcNow()).Returns(() => new DateTimeOffset(now));
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Categorization(("jeunesse", 0.9), ("insertion-emploi", 0.6)));
        service = Service(categorizer.Object);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private TestimonyService Service(IThemeCategorizer with) =>
        new(database.Factory, with, Catalog, new AccessPolicy(accessLog.Object), new PersonalDataMasker(), clock.Object, NullLogger<TestimonyService>.Instance);

    private static ThemeCategorization Categorization(params (string Theme, double Confidence)[] themes) =>
        new(themes.Select(t => new ThemeScore(t.Theme, t.Confidence, [])).ToList(), ReportsNoDifficulty: false);

    private static TestimonyInput MissionLocale => new(
        "  Mission Locale  ", " Les jeunes décrochent. ", "Garder les jeunes dans le parcours", "  Une permanence à Merville ");

    private async Task<TestimonyView> RecordAsync(TestimonyInput? input = null) =>
        (await service.RecordAsync(data.Consultant, data.IntercommunalityId, input ?? MissionLocale)).Testimony!;

    [Fact]
    public async Task What_an_actor_says_about_a_resident_is_stored_masked()
    {
        await service.RecordAsync(data.Consultant, data.IntercommunalityId,
            new TestimonyInput("CCAS", "Mme Leroy, 91 ans, appelle tous les jours", null, "Joindre M. Petit au 03 20 11 22 33"));

        await using var db = database.Open();
        var stored = await db.Testimonies.SingleAsync();
        Assert.Equal(("Mme [nom], [âge], appelle tous les jours", "Joindre M. [nom] au [téléphone]"), (stored.Perceptions, stored.Preconisations));
    }

    [Fact]
    public async Task A_testimony_is_stored_trimmed_with_the_themes_of_its_three_texts()
    {
        var result = await service.RecordAsync(data.Consultant, data.IntercommunalityId, MissionLocale);

        Assert.Equal(TestimonyProblem.None, result.Problem);
        Assert.True(result.Succeeded);
        var view = result.Testimony!;
        Assert.Equal(
            new TestimonyView(view.Id, "Mission Locale", "Les jeunes décrochent.", "Garder les jeunes dans le parcours", "Une permanence à Merville",
                view.Themes, "Consultante", T1),
            view);
        Assert.Equal(["jeunesse", "insertion-emploi"], view.Themes);
        categorizer.Verify(c => c.Categorize("Les jeunes décrochent.\nGarder les jeunes dans le parcours\nUne permanence à Merville"), Times.Once);

        await using var db = database.Open();
        var stored = Assert.Single(await db.Testimonies.Include(t => t.Tags).ToListAsync());
        Assert.Equal(
            (view.Id, data.IntercommunalityId, "Mission Locale", "Les jeunes décrochent.", "Garder les jeunes dans le parcours",
                "Une permanence à Merville", data.Consultant.Id, T1),
            (stored.Id, stored.IntercommunalityId, stored.Structure, stored.Perceptions, stored.Enjeux, stored.Preconisations,
                stored.RecordedByParticipantId, stored.RecordedAt));
        Assert.Equal(
            [("jeunesse", 0.9, TagSource.Automatic), ("insertion-emploi", 0.6, TagSource.Automatic)],
            stored.Tags.OrderBy(t => t.Id).Select(t => (t.ThemeId, t.Confidence, t.Source)));
    }

    [Fact]
    public async Task Empty_texts_are_stored_as_null_and_left_out_of_what_is_categorised()
    {
        var view = await RecordAsync(new TestimonyInput("ADMR", "  ", null, "Plus d'aides à domicile"));

        Assert.Equal((null, null, "Plus d'aides à domicile"), (view.Perceptions, view.Enjeux, view.Preconisations));
        categorizer.Verify(c => c.Categorize("Plus d'aides à domicile"), Times.Once);
        await using var db = database.Open();
        var stored = Assert.Single(await db.Testimonies.ToListAsync());
        Assert.Equal((null, null, "Plus d'aides à domicile"), (stored.Perceptions, stored.Enjeux, stored.Preconisations));
    }

    [Fact]
    public async Task Themes_the_catalogue_does_not_know_are_not_stored_and_a_testimony_may_have_none()
    {
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Categorization(("meteo", 0.9), ("sante", 0.5)));
        var sante = await RecordAsync();
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Categorization());
        var none = await RecordAsync();

        Assert.Equal(["sante"], sante.Themes);
        Assert.Empty(none.Themes);
        await using var db = database.Open();
        Assert.Equal(["sante"], await db.TestimonyTags.Select(t => t.ThemeId).ToListAsync());
    }

    [Fact]
    public async Task Themes_reporting_no_difficulty_are_kept_too()
    {
        categorizer.Setup(c => c.Categorize(It.IsAny<string>()))
            .Returns(new ThemeCategorization([new ThemeScore("logement", 0.7, [])], ReportsNoDifficulty: true));

        var view = await RecordAsync();

        Assert.Equal(["logement"], view.Themes);
    }

    [Fact]
    public async Task The_keyword_categoriser_finds_the_themes_of_a_real_testimony()
    {
        service = Service(new KeywordThemeCategorizer(Catalog));

        var view = await RecordAsync(new TestimonyInput(
            "Mission Locale", "les jeunes sans permis ne peuvent pas aller à la Mission Locale", null, "un transport à la demande vers l'emploi"));

        Assert.Equal(["insertion-emploi", "jeunesse", "mobilite"], view.Themes.Order());
        await using var db = database.Open();
        Assert.Equal(["insertion-emploi", "jeunesse", "mobilite"], (await db.TestimonyTags.Select(t => t.ThemeId).ToListAsync()).Order());
    }

    private static readonly Dictionary<string, (TestimonyInput Input, TestimonyProblem Problem)> InvalidCases = new()
    {
        ["no structure"] = (new("", "Des jeunes en difficulté", null, null), TestimonyProblem.StructureMissing),
        ["blank structure"] = (new("  \t", "Des jeunes en difficulté", null, null), TestimonyProblem.StructureMissing),
        ["structure too long"] = (new(new string('s', TestimonyService.StructureMaxLength + 1), "Des jeunes en difficulté", null, null), TestimonyProblem.StructureTooLong),
        ["no text"] = (new("ADMR", null, null, null), TestimonyProblem.NothingSaid),
        ["blank texts"] = (new("ADMR", " ", "\n", "  "), TestimonyProblem.NothingSaid),
        ["enjeux too long"] = (new("ADMR", "court", new string('e', TestimonyService.TextMaxLength + 1), null), TestimonyProblem.TextTooLong),
        ["préconisations too long"] = (new("ADMR", null, null, new string('p', TestimonyService.TextMaxLength + 1)), TestimonyProblem.TextTooLong),
    };

    public static TheoryData<string> Invalid
    {
        get
        {
            var cases = new TheoryData<string>();
            foreach (var name in InvalidCases.Keys)
            {
                cases.Add(name);
            }
            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_testimony_is_not_stored_nor_categorised(string name)
    {
        var (input, expected) = InvalidCases[name];
        var result = await service.RecordAsync(data.Consultant, data.IntercommunalityId, input);

        Assert.Equal(new TestimonyResult(expected, null), result);
        Assert.Equal(expected, TestimonyService.Validate(input));
        categorizer.Verify(c => c.Categorize(It.IsAny<string>()), Times.Never);
        await using var db = database.Open();
        Assert.Empty(await db.Testimonies.ToListAsync());
    }

    [Fact]
    public async Task The_longest_texts_are_accepted_once_trimmed()
    {
        var structure = new string('s', TestimonyService.StructureMaxLength);
        var text = new string('t', TestimonyService.TextMaxLength);

        var result = await service.RecordAsync(data.Consultant, data.IntercommunalityId, new($" {structure} ", $" {text} ", text, text));

        Assert.Equal(TestimonyProblem.None, result.Problem);
        Assert.Equal((structure, text), (result.Testimony!.Structure, result.Testimony.Perceptions));
    }

    [Fact]
    public async Task Testimonies_are_listed_in_recording_order_and_only_for_their_intercommunality()
    {
        await RecordAsync(MissionLocale with { Structure = "Mission Locale" });
        now = T1.AddMinutes(10);
        await service.RecordAsync(data.OtherConsultant, data.OtherIntercommunalityId, MissionLocale with { Structure = "Ailleurs" });
        now = T1.AddMinutes(20);
        await RecordAsync(MissionLocale with { Structure = "ADMR" });
        now = T1.AddMinutes(30);
        await RecordAsync(MissionLocale with { Structure = "CCAS de Merville" });

        var listed = await service.ListAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(["Mission Locale", "ADMR", "CCAS de Merville"], listed.Select(t => t.Structure));
        Assert.Equal([T1, T1.AddMinutes(20), T1.AddMinutes(30)], listed.Select(t => t.RecordedAt));
        Assert.All(listed, t => Assert.Equal(("Consultante", DateTimeKind.Utc), (t.RecordedBy, t.RecordedAt.Kind)));
        Assert.All(listed, t => Assert.Equal(["jeunesse", "insertion-emploi"], t.Themes));
        Assert.Equal("Ailleurs", Assert.Single(await service.ListAsync(data.OtherConsultant, data.OtherIntercommunalityId)).Structure);
    }

    [Fact]
    public async Task Testimonies_change_neither_the_answers_nor_the_matrix_nor_the_answer_listings()
    {
        var matrices = new ThemeMatrixService(database.Factory, Catalog, new AccessPolicy(NullLogger<AccessPolicy>.Instance), NullLogger<ThemeMatrixService>.Instance);
        async Task<object[]> SnapshotAsync()
        {
            await using var db = database.Open();
            var answers = await db.Answers.AsNoTracking().OrderBy(a => a.Id).Select(a => $"{a.Id}|{a.CommuneId}|{a.Text}").ToListAsync();
            var tags = await db.ThemeTags.AsNoTracking().OrderBy(t => t.Id).Select(t => $"{t.AnswerId}|{t.ThemeId}|{t.Source}").ToListAsync();
            var matrix = await matrices.GetMatrixAsync(data.Consultant, data.IntercommunalityId);
            var cells = matrix.Rows.SelectMany(r => r.Cells.Select(c => $"{r.Commune.Name}|{c.Key}|{c.Value}|{r.Completion.Respondents}")).ToList();
            var page = await matrices.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, "jeunesse", 1, 50);
            return [string.Join('\n', answers), string.Join('\n', tags), string.Join('\n', cells), page.TotalCount, string.Join('\n', page.Items.Select(a => a.Id))];
        }
        var before = await SnapshotAsync();

        // Jeunesse, logement and santé in Merville's words: counted anywhere, they would change the matrix.
        categorizer.Setup(c => c.Categorize(It.IsAny<string>())).Returns(Categorization(("jeunesse", 0.9), ("logement", 0.8), ("sante", 0.7)));
        await RecordAsync(new TestimonyInput("CCAS de Merville", "les ados s'ennuient à Merville", "logements insalubres", "un médecin"));
        var testimony = await RecordAsync(new TestimonyInput("Mission Locale", "jeunes sans emploi", null, null));
        await service.CorrectThemesAsync(data.Consultant, testimony.Id, ["mobilite"]);

        Assert.Equal(before, await SnapshotAsync());
        await using var check = database.Open();
        Assert.Equal(2, await check.Testimonies.CountAsync());
    }

    [Fact]
    public async Task A_correction_replaces_earlier_human_themes_keeps_the_automatic_ones_and_wins()
    {
        var testimony = await RecordAsync();

        var first = await service.CorrectThemesAsync(data.Consultant, testimony.Id, ["sante", "jeunesse"]);
        var second = await service.CorrectThemesAsync(data.Consultant, testimony.Id, ["mobilite", "precarite", "mobilite"]);

        Assert.Equal(["sante", "jeunesse"], first);
        Assert.Equal(["mobilite", "precarite"], second);
        Assert.Equal(["mobilite", "precarite"], Assert.Single(await service.ListAsync(data.Consultant, data.IntercommunalityId)).Themes);
        await using var db = database.Open();
        var tags = await db.TestimonyTags.Where(t => t.TestimonyId == testimony.Id).OrderBy(t => t.Source).ThenByDescending(t => t.Confidence).ToListAsync();
        Assert.Equal(
            [("jeunesse", TagSource.Automatic), ("insertion-emploi", TagSource.Automatic), ("mobilite", TagSource.Human), ("precarite", TagSource.Human)],
            tags.Select(t => (t.ThemeId, t.Source)));
    }

    [Fact]
    public async Task A_correction_names_known_themes_of_a_known_testimony()
    {
        var testimony = await RecordAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => service.CorrectThemesAsync(data.Consultant, testimony.Id, []));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.CorrectThemesAsync(data.Consultant, testimony.Id, ["meteo"]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.CorrectThemesAsync(data.Consultant, 99_999, ["sante"]));

        await using var db = database.Open();
        Assert.DoesNotContain(await db.TestimonyTags.ToListAsync(), t => t.Source == TagSource.Human);
    }

    [Fact]
    public async Task A_testimony_is_deleted_with_its_themes_once()
    {
        var kept = await RecordAsync();
        var removed = await RecordAsync(MissionLocale with { Structure = "ADMR" });
        await service.CorrectThemesAsync(data.Consultant, removed.Id, ["sante"]);

        Assert.True(await service.DeleteAsync(data.Consultant, removed.Id));
        Assert.False(await service.DeleteAsync(data.Consultant, removed.Id));
        Assert.False(await service.DeleteAsync(data.Consultant, 99_999));

        await using var db = database.Open();
        Assert.Equal(kept.Id, Assert.Single(await db.Testimonies.ToListAsync()).Id);
        Assert.All(await db.TestimonyTags.ToListAsync(), t => Assert.Equal(kept.Id, t.TestimonyId));
        Assert.Equal(2, await db.TestimonyTags.CountAsync());
    }

    public static TheoryData<string> Refused => new() { "Anne", "Berenice", "OtherConsultant" };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Elus_secretaries_and_consultants_of_another_intercommunality_are_refused_and_nothing_changes(string name)
    {
        var who = name switch { "Anne" => data.Anne, "Berenice" => data.Berenice, _ => data.OtherConsultant };
        var testimony = await RecordAsync();
        categorizer.Invocations.Clear();

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecordAsync(who, data.IntercommunalityId, MissionLocale));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListAsync(who, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.CorrectThemesAsync(who, testimony.Id, ["sante"]));
        Assert.False(await service.DeleteAsync(who, testimony.Id));

        categorizer.Verify(c => c.Categorize(It.IsAny<string>()), Times.Never);
        await using var db = database.Open();
        Assert.Equal(testimony.Id, Assert.Single(await db.Testimonies.ToListAsync()).Id);
        Assert.Equal(["insertion-emploi", "jeunesse"], (await db.TestimonyTags.Select(t => t.ThemeId).ToListAsync()).Order());
        Assert.DoesNotContain(await db.TestimonyTags.ToListAsync(), t => t.Source == TagSource.Human);
        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(4));
    }

    [Fact]
    public async Task An_unknown_intercommunality_is_refused()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RecordAsync(data.Consultant, 99_999, MissionLocale));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListAsync(data.Consultant, 99_999));

        await using var db = database.Open();
        Assert.Empty(await db.Testimonies.ToListAsync());
    }
}
