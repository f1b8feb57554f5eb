using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Moq;

namespace AutoDiag.Knowledge.Tests.Answers;

public sealed class ThemeCorrectionServiceTests : IAsyncLifetime
{
    private readonly Mock<ICorrectionListener> listener = new();
    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private TestDatabase database = null!;
    private ThemeCorrectionService corrections = null!;
    private ParticipantDirectory directory = null!;
    private long answerId;
    private int intercommunalityId;
    private Dictionary<string, int> communes = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        corrections = new ThemeCorrectionService(database.Factory, ThemeCatalog.LoadDefault(), new AccessPolicy(accessLog.Object), listener.Object);
        directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        await using var db = database.Open();
        communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
        var author = await Register("aad-author", ParticipantRole.Elu, "Merville");
        var answer = new Answer { CommuneId = communes["Merville"], ParticipantId = author.Id, Kind = AnswerKind.Difficulty, Text = "le car ne passe plus", SourceActivityId = "c|1" };
        answer.Tags.Add(new ThemeTag { ThemeId = "mobilite", Confidence = 0.8, Source = TagSource.Automatic });
        db.Answers.Add(answer);
        await db.SaveChangesAsync();
        answerId = answer.Id;
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Theory]
    [InlineData(ParticipantRole.Consultant)]
    [InlineData(ParticipantRole.Administrator)]
    public async Task Consultants_and_administrators_correct_tags_for_the_review(ParticipantRole role)
    {
        var who = await Register("aad-corrector", role, null);

        var corrected = await corrections.CorrectAsync(who, answerId, ["jeunesse", "mobilite"]);

        Assert.Equal(["jeunesse", "mobilite"], corrected.ThemeIds);
        Assert.False(corrected.LeadsInterview);
        listener.Verify(l => l.CorrectionRecordedAsync(It.IsAny<CancellationToken>()), Times.Once);
        // Not the author: a review correction, which leaves the author's interview as it was.
        await using var db = database.Open();
        Assert.Equal([("jeunesse", TagSource.Review), ("mobilite", TagSource.Review)],
            (await db.ThemeTags.Where(t => t.Source != TagSource.Automatic).OrderByDescending(t => t.Confidence).ToListAsync()).Select(t => (t.ThemeId, t.Source)));
    }

    [Fact]
    public async Task The_authors_own_correction_is_the_interviews_and_replaces_their_previous_one()
    {
        await using (var db = database.Open())
        {
            var authorId = await db.Answers.Where(a => a.Id == answerId).Select(a => a.ParticipantId).SingleAsync();
            var author = (await directory.GetAsync(authorId))!;
            await corrections.CorrectAsync(author, answerId, ["logement"]);
            await corrections.CorrectAsync(author, answerId, ["sante"]);
        }

        await using var check = database.Open();
        var tags = await check.ThemeTags.Where(t => t.AnswerId == answerId).OrderBy(t => t.Source).ToListAsync();
        Assert.Equal([("mobilite", TagSource.Automatic), ("sante", TagSource.Human)], tags.Select(t => (t.ThemeId, t.Source)));
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.SecretaireDeMairie)]
    public async Task Someone_else_of_the_commune_who_neither_gave_nor_typed_the_answer_is_refused(ParticipantRole role)
    {
        var who = await Register("aad-colleague", role, "Merville");

        await Assert.ThrowsAsync<AccessDeniedException>(() => corrections.CorrectAsync(who, answerId, ["logement"]));

        await using var db = database.Open();
        Assert.DoesNotContain(await db.ThemeTags.ToListAsync(), t => t.Source != TagSource.Automatic);
        listener.Verify(l => l.CorrectionRecordedAsync(It.IsAny<CancellationToken>()), Times.Never);
        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public async Task An_elu_of_another_commune_is_refused_and_nothing_changes()
    {
        var who = await Register("aad-estaires", ParticipantRole.Elu, "Estaires");

        await Assert.ThrowsAsync<AccessDeniedException>(() => corrections.CorrectAsync(who, answerId, ["logement"]));

        await using var db = database.Open();
        Assert.All(await db.ThemeTags.ToListAsync(), t => Assert.Equal(TagSource.Automatic, t.Source));
        listener.Verify(l => l.CorrectionRecordedAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task An_unknown_answer_or_theme_is_refused()
    {
        var who = await Register("aad-corrector", ParticipantRole.Elu, "Merville");

        await Assert.ThrowsAsync<AnswerAccessException>(() => corrections.CorrectAsync(who, answerId + 100, ["logement"]));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => corrections.CorrectAsync(who, answerId, ["inconnu"]));
        await Assert.ThrowsAsync<ArgumentException>(() => corrections.CorrectAsync(who, answerId, []));
    }

    private Task<ParticipantProfile> Register(string id, ParticipantRole role, string? commune) =>
        directory.RegisterAsync(new Registration(id, id, role, intercommunalityId, commune is null ? [] : [communes[commune]]));
}
