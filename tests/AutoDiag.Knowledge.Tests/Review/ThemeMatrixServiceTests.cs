using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Review;

public sealed class ThemeMatrixServiceTests : IAsyncLifetime
{
    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private ThemeMatrixService service = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        service = new ThemeMatrixService(
            database.Factory, ThemeCatalog.LoadDefault(), new AccessPolicy(accessLog.Object), NullLogger<ThemeMatrixService>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Cells_count_difficulty_answers_by_effective_theme_and_keep_the_highest_risk()
    {
        var matrix = await service.GetMatrixAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(ThemeCatalog.ExpectedThemeCount, matrix.Themes.Count);
        Assert.Equal("CC Flandre Lys", matrix.IntercommunalityName);
        var merville = Row(matrix, "Merville");
        // The corrected answer counts for santé only; « rien à signaler » and the no-difficulty logement tag count nothing;
        // the resource counts nothing.
        Assert.Equal(new ThemeCell(1, RiskLevel.Eleve), merville.Cells["mobilite"]);
        Assert.Equal(new ThemeCell(2, RiskLevel.Faible), merville.Cells["jeunesse"]);
        Assert.Equal(new ThemeCell(1, RiskLevel.Modere), merville.Cells["sante"]);
        Assert.Equal(new ThemeCell(0, null), merville.Cells["logement"]);
        Assert.Equal(new ThemeCell(0, null), merville.Cells["precarite"]);
        Assert.Equal(new ThemeCell(0, null), merville.Cells["lien-social"]);

        var estaires = Row(matrix, "Estaires");
        // Faible from Claude, élevé from Bérénice: the highest wins.
        Assert.Equal(new ThemeCell(2, RiskLevel.Eleve), estaires.Cells["logement"]);
        Assert.Equal(new ThemeCell(1, null), estaires.Cells["precarite"]);
        Assert.Equal(0, estaires.Cells["mobilite"].DifficultyCount);

        Assert.All(Row(matrix, "La Gorgue").Cells.Values, cell => Assert.Equal(new ThemeCell(0, null), cell));
    }

    [Fact]
    public async Task Completion_tells_who_answered_and_how_far_each_went()
    {
        var matrix = await service.GetMatrixAsync(data.Consultant, data.IntercommunalityId);

        var anne = Assert.Single(Row(matrix, "Merville").Completion.Participants);
        // Sections closed and risk levels given, but the interview still checks the main themes nothing was said about
        // (vieillissement, emploi…): not « fini » yet (ReviewCorrectionTests goes on to the end).
        Assert.Equal(new ParticipantCompletion(data.Anne.Id, "Anne", ParticipantRole.Elu, 5, true, true, true, IsComplete: false), anne);

        var estaires = Row(matrix, "Estaires").Completion;
        Assert.Equal(2, estaires.Respondents);
        Assert.Equal(0, estaires.Completed);
        var berenice = estaires.Participants.Single(p => p.ParticipantId == data.Berenice.Id);
        Assert.Equal(ParticipantRole.SecretaireDeMairie, berenice.Role);
        Assert.True(berenice.DifficultiesDone && berenice.ResourcesDone);
        Assert.False(berenice.RisksDone); // précarité has no risk level
        var claude = estaires.Participants.Single(p => p.ParticipantId == data.Claude.Id);
        Assert.True(claude.DifficultiesDone && claude.RisksDone);
        Assert.False(claude.ResourcesDone);

        Assert.Equal(0, Row(matrix, "La Gorgue").Completion.Respondents);
    }

    [Fact]
    public async Task A_consultant_of_the_intercommunality_sees_every_commune_and_nothing_of_another()
    {
        var matrix = await service.GetMatrixAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(8, matrix.Rows.Count);
        Assert.DoesNotContain(matrix.Rows, r => r.Commune.Id == data.OtherCommuneId);
        var page = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 1, 50);
        Assert.Equal(7, page.TotalCount);
    }

    [Fact]
    public async Task An_elu_gets_only_their_commune_and_is_refused_another()
    {
        var matrix = await service.GetMatrixAsync(data.Anne, data.IntercommunalityId);

        Assert.Equal("Merville", Assert.Single(matrix.Rows).Commune.Name);
        var page = await service.ListAnswersAsync(data.Anne, data.IntercommunalityId, null, null, 1, 50);
        Assert.Equal(5, page.TotalCount);
        Assert.All(page.Items, a => Assert.Equal("Merville", a.Commune.Name));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ListAnswersAsync(data.Anne, data.IntercommunalityId, data.Communes["Estaires"], null, 1, 50));
        var secretary = await service.GetMatrixAsync(data.Berenice, data.IntercommunalityId);
        Assert.Equal("Estaires", Assert.Single(secretary.Rows).Commune.Name);
    }

    [Fact]
    public async Task Another_intercommunality_is_refused_and_the_refusal_logged()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetMatrixAsync(data.OtherConsultant, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ListAnswersAsync(data.OtherConsultant, data.IntercommunalityId, null, null, 1, 10));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetMatrixAsync(data.Anne, data.OtherIntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.GetMatrixAsync(data.Consultant, 9999));
        // A commune of another intercommunalité named in the listing.
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, data.OtherCommuneId, null, 1, 10));

        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(4));
    }

    [Fact]
    public async Task Pages_are_newest_first_with_the_total_count()
    {
        var first = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 1, 3);
        Assert.Equal(7, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.True(first.HasNextPage);
        Assert.Equal([data.Answers[7], data.Answers[6], data.Answers[5]], first.Items.Select(a => a.Id));

        var last = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 3, 3);
        Assert.Equal([data.Answers[1]], last.Items.Select(a => a.Id));
        Assert.False(last.HasNextPage);

        var beyond = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 4, 3);
        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.TotalCount);

        var all = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 1, 7);
        Assert.Equal(data.Answers.OrderByDescending(a => a.Key).Select(a => a.Value), all.Items.Select(a => a.Id));
        Assert.False(all.HasNextPage);
    }

    [Fact]
    public async Task An_answer_carries_its_text_effective_themes_author_role_and_date()
    {
        var page = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, data.Communes["Merville"], "sante", 1, 10);

        var answer = Assert.Single(page.Items);
        Assert.Equal("plus de médecin depuis deux ans", answer.Text);
        Assert.Equal(["sante"], answer.Themes);
        Assert.Equal(ParticipantRole.Elu, answer.AuthorRole);
        Assert.Equal("Anne", answer.AuthorName);
        Assert.Equal(AnswerKind.Difficulty, answer.Kind);
        Assert.Equal(ReviewDataset.Start.AddMinutes(2), answer.RecordedAt);
        Assert.Equal(DateTimeKind.Utc, answer.RecordedAt.Kind);
    }

    [Theory]
    [InlineData(null, "mobilite", new[] { 1 })] // answer 2's automatic mobilité lost to its human correction
    [InlineData(null, "logement", new[] { 7, 6, 4, 3 })]
    [InlineData("Estaires", null, new[] { 7, 6 })]
    [InlineData("Merville", "jeunesse", new[] { 4, 1 })]
    [InlineData("La Gorgue", null, new int[0])]
    public async Task Filters_open_a_theme_across_communes_or_a_commune_across_themes(string? commune, string? theme, int[] expected)
    {
        var page = await service.ListAnswersAsync(
            data.Consultant, data.IntercommunalityId, commune is null ? null : data.Communes[commune], theme, 1, 20);

        Assert.Equal(expected.Length, page.TotalCount);
        Assert.Equal(expected.Select(n => data.Answers[n]), page.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task Bad_pages_and_unknown_themes_are_rejected()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 0, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 1, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, 1, ThemeMatrixService.MaxPageSize + 1));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, "inconnu", 1, 10));
        var far = await service.ListAnswersAsync(data.Consultant, data.IntercommunalityId, null, null, int.MaxValue, ThemeMatrixService.MaxPageSize);
        Assert.Empty(far.Items);
    }

    private static CommuneMatrixRow Row(ThemeMatrix matrix, string commune) => matrix.Rows.Single(r => r.Commune.Name == commune);
}
