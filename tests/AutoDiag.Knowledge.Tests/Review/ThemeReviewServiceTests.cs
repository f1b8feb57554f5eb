using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace AutoDiag.Knowledge.Tests.Review;

/// <summary>Review marks and consultant notes: stored once, listed in order, checked, and only for the intercommunalité's consultants.</summary>
public sealed class ThemeReviewServiceTests : IAsyncLifetime
{
    private static readonly DateTime T1 = new(2025, 4, 2, 14, 0, 0, DateTimeKind.Utc);

    private readonly Mock<ILogger<AccessPolicy>> accessLog = new();
    private readonly Mock<TimeProvider> clock = new();
    private DateTime now = T1;
    private TestDatabase database = null!;
    private ReviewDataset data = null!;
    private ThemeReviewService service = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        data = await ReviewDataset.CreateAsync(database);
        clock.Setup(c => c.GetUtcNow()).Returns(() => new DateTimeOffset(now));
        service = new ThemeReviewService(
            database.Factory, ThemeCatalog.LoadDefault(), new AccessPolicy(accessLog.Object), new PersonalDataMasker(), clock.Object, NullLogger<ThemeReviewService>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private int Merville => data.Communes["Merville"];

    private int Estaires => data.Communes["Estaires"];

    private Task<ParticipantProfile> RegisterAdministratorAsync() =>
        new ParticipantDirectory(database.Factory, TimeProvider.System)
            .RegisterAsync(new Registration("aad-admin", "Admin", ParticipantRole.Administrator, data.IntercommunalityId, []));

    [Fact]
    public async Task A_mark_is_stored_and_returned()
    {
        var mark = await service.MarkReviewedAsync(data.Consultant, Merville, "mobilite");

        Assert.Equal(new ReviewMarkView(new(Merville, "Merville"), "mobilite", data.Consultant.Id, "Consultante", T1), mark);
        Assert.Equal(DateTimeKind.Utc, mark.ReviewedAt.Kind);
        await using var db = database.Open();
        var stored = Assert.Single(await db.ThemeReviewMarks.ToListAsync());
        Assert.Equal((Merville, "mobilite", data.Consultant.Id, T1), (stored.CommuneId, stored.ThemeId, stored.ReviewedByParticipantId, stored.ReviewedAt));
    }

    [Fact]
    public async Task Marking_twice_keeps_one_mark_with_the_latest_who_and_when()
    {
        var administrator = await RegisterAdministratorAsync();
        await service.MarkReviewedAsync(data.Consultant, Merville, "mobilite");
        now = T1.AddHours(3);

        var mark = await service.MarkReviewedAsync(administrator, Merville, "mobilite");

        Assert.Equal((administrator.Id, "Admin", T1.AddHours(3)), (mark.ReviewedByParticipantId, mark.ReviewedBy, mark.ReviewedAt));
        await using var db = database.Open();
        var stored = Assert.Single(await db.ThemeReviewMarks.ToListAsync());
        Assert.Equal((administrator.Id, T1.AddHours(3)), (stored.ReviewedByParticipantId, stored.ReviewedAt));
        var listed = Assert.Single(await service.ListMarksAsync(data.Consultant, data.IntercommunalityId));
        Assert.Equal(mark, listed);
    }

    [Fact]
    public async Task Unmarking_removes_only_that_mark_and_does_nothing_when_there_is_none()
    {
        await service.MarkReviewedAsync(data.Consultant, Merville, "mobilite");
        await service.MarkReviewedAsync(data.Consultant, Merville, "sante");

        await service.UnmarkReviewedAsync(data.Consultant, Merville, "mobilite");
        await service.UnmarkReviewedAsync(data.Consultant, Merville, "mobilite");
        await service.UnmarkReviewedAsync(data.Consultant, Estaires, "logement");

        await using var db = database.Open();
        var left = Assert.Single(await db.ThemeReviewMarks.ToListAsync());
        Assert.Equal((Merville, "sante"), (left.CommuneId, left.ThemeId));
    }

    [Fact]
    public async Task Marks_are_listed_by_commune_name_then_in_catalogue_order_and_only_for_the_intercommunality()
    {
        await service.MarkReviewedAsync(data.Consultant, Merville, "sante");
        await service.MarkReviewedAsync(data.Consultant, Estaires, "logement");
        await service.MarkReviewedAsync(data.Consultant, Merville, "mobilite");
        await service.MarkReviewedAsync(data.Consultant, Estaires, "jeunesse");
        await service.MarkReviewedAsync(data.OtherConsultant, data.OtherCommuneId, "mobilite");

        var marks = await service.ListMarksAsync(data.Consultant, data.IntercommunalityId);

        Assert.Equal(
            [("Estaires", "jeunesse"), ("Estaires", "logement"), ("Merville", "mobilite"), ("Merville", "sante")],
            marks.Select(m => (m.Commune.Name, m.ThemeId)));
        Assert.All(marks, m => Assert.Equal("Consultante", m.ReviewedBy));
        var elsewhere = Assert.Single(await service.ListMarksAsync(data.OtherConsultant, data.OtherIntercommunalityId));
        Assert.Equal(("Ailleurs", "mobilite"), (elsewhere.Commune.Name, elsewhere.ThemeId));
    }

    [Fact]
    public async Task An_unknown_theme_is_an_error_and_nothing_is_stored()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.MarkReviewedAsync(data.Consultant, Merville, "meteo"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "meteo", "texte"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => service.ListNotesAsync(data.Consultant, data.IntercommunalityId, "meteo"));

        await using var db = database.Open();
        Assert.Empty(await db.ThemeReviewMarks.ToListAsync());
        Assert.Empty(await db.ConsultantNotes.ToListAsync());
    }

    [Fact]
    public async Task An_unknown_commune_or_one_of_another_intercommunality_is_refused_like_a_forbidden_one()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.MarkReviewedAsync(data.Consultant, 99_999, "mobilite"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.MarkReviewedAsync(data.Consultant, data.OtherCommuneId, "mobilite"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.UnmarkReviewedAsync(data.Consultant, data.OtherCommuneId, "mobilite"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListMarksAsync(data.Consultant, 99_999));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.AddNoteAsync(data.Consultant, 99_999, null, "texte"));

        await using var db = database.Open();
        Assert.Empty(await db.ThemeReviewMarks.ToListAsync());
        Assert.Empty(await db.ConsultantNotes.ToListAsync());
        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(5));
    }

    public static TheoryData<string> Refused => new() { "Anne", "Berenice", "OtherConsultant" };

    private ParticipantProfile Who(string name) => name switch
    {
        "Anne" => data.Anne,
        "Berenice" => data.Berenice,
        "OtherConsultant" => data.OtherConsultant,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Elus_secretaries_and_consultants_of_another_intercommunality_are_refused_and_nothing_changes(string name)
    {
        var who = Who(name);
        await service.MarkReviewedAsync(data.Consultant, Merville, "sante");
        var note = (await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, null, "Démarche bien lancée")).Note!;
        now = T1.AddDays(1);

        // Even on the élu's own commune: reviewing is the consultant's work.
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.MarkReviewedAsync(who, Merville, "mobilite"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.MarkReviewedAsync(who, Merville, "sante"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.UnmarkReviewedAsync(who, Merville, "sante"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListMarksAsync(who, data.IntercommunalityId));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.AddNoteAsync(who, data.IntercommunalityId, "sante", "Une note"));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ListNotesAsync(who, data.IntercommunalityId));
        Assert.False(await service.DeleteNoteAsync(who, note.Id));

        await using var db = database.Open();
        var mark = Assert.Single(await db.ThemeReviewMarks.ToListAsync());
        Assert.Equal(("sante", data.Consultant.Id, T1), (mark.ThemeId, mark.ReviewedByParticipantId, mark.ReviewedAt));
        Assert.Equal(note.Id, Assert.Single(await db.ConsultantNotes.ToListAsync()).Id);
        accessLog.Verify(
            l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Exactly(7));
    }

    [Fact]
    public async Task An_administrator_of_the_intercommunality_reviews_it()
    {
        var administrator = await RegisterAdministratorAsync();

        await service.MarkReviewedAsync(administrator, Estaires, "logement");
        var result = await service.AddNoteAsync(administrator, data.IntercommunalityId, null, "Note");

        Assert.Equal(NoteProblem.None, result.Problem);
        Assert.Single(await service.ListMarksAsync(administrator, data.IntercommunalityId));
        Assert.Single(await service.ListNotesAsync(administrator, data.IntercommunalityId));
    }

    [Fact]
    public async Task A_note_is_stored_trimmed_with_its_theme_author_and_time()
    {
        var result = await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "mobilite", "  Le car scolaire est l'enjeu majeur.\n ");

        Assert.Equal(NoteProblem.None, result.Problem);
        Assert.True(result.Succeeded);
        var note = result.Note!;
        Assert.Equal(new ConsultantNoteView(note.Id, "mobilite", "Le car scolaire est l'enjeu majeur.", "Consultante", T1), note);
        await using var db = database.Open();
        var stored = Assert.Single(await db.ConsultantNotes.ToListAsync());
        Assert.Equal(
            (note.Id, data.IntercommunalityId, "mobilite", "Le car scolaire est l'enjeu majeur.", data.Consultant.Id, T1),
            (stored.Id, stored.IntercommunalityId, stored.ThemeId, stored.Text, stored.AuthorParticipantId, stored.WrittenAt));
    }

    [Theory]
    [InlineData("", NoteProblem.Empty)]
    [InlineData("  \n\t ", NoteProblem.Empty)]
    [InlineData(null, NoteProblem.TooLong)]
    public async Task An_empty_or_too_long_note_is_not_stored(string? text, NoteProblem expected)
    {
        text ??= new string('a', ThemeReviewService.NoteMaxLength + 1);

        var result = await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, null, text);

        Assert.Equal(new NoteResult(expected, null), result);
        Assert.False(result.Succeeded);
        await using var db = database.Open();
        Assert.Empty(await db.ConsultantNotes.ToListAsync());
    }

    [Fact]
    public async Task A_note_of_the_longest_length_is_stored_once_trimmed()
    {
        var text = new string('a', ThemeReviewService.NoteMaxLength);

        var result = await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, null, $"  {text}  ");

        Assert.Equal(text, result.Note!.Text);
        await using var db = database.Open();
        Assert.Equal(text, Assert.Single(await db.ConsultantNotes.ToListAsync()).Text);
    }

    [Fact]
    public async Task Notes_are_listed_oldest_first_all_or_one_theme_and_only_for_the_intercommunality()
    {
        await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, null, "Général 1");
        now = T1.AddMinutes(1);
        await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "sante", "Santé 1");
        now = T1.AddMinutes(2);
        await service.AddNoteAsync(data.OtherConsultant, data.OtherIntercommunalityId, "sante", "Ailleurs");
        now = T1.AddMinutes(3);
        await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "mobilite", "Mobilité 1");
        now = T1.AddMinutes(4);
        await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "sante", "Santé 2");

        var all = await service.ListNotesAsync(data.Consultant, data.IntercommunalityId);
        var sante = await service.ListNotesAsync(data.Consultant, data.IntercommunalityId, "sante");

        Assert.Equal(["Général 1", "Santé 1", "Mobilité 1", "Santé 2"], all.Select(n => n.Text));
        Assert.Equal([null, "sante", "mobilite", "sante"], all.Select(n => n.ThemeId));
        Assert.Equal([T1, T1.AddMinutes(1), T1.AddMinutes(3), T1.AddMinutes(4)], all.Select(n => n.WrittenAt));
        Assert.All(all, n => Assert.Equal(DateTimeKind.Utc, n.WrittenAt.Kind));
        Assert.Equal(["Santé 1", "Santé 2"], sante.Select(n => n.Text));
        Assert.Equal("Ailleurs", Assert.Single(await service.ListNotesAsync(data.OtherConsultant, data.OtherIntercommunalityId)).Text);
    }

    [Fact]
    public async Task A_note_is_deleted_once_and_an_unknown_note_is_not()
    {
        var kept = (await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, null, "À garder")).Note!;
        var removed = (await service.AddNoteAsync(data.Consultant, data.IntercommunalityId, "sante", "À retirer")).Note!;

        Assert.True(await service.DeleteNoteAsync(data.Consultant, removed.Id));
        Assert.False(await service.DeleteNoteAsync(data.Consultant, removed.Id));
        Assert.False(await service.DeleteNoteAsync(data.Consultant, 99_999));

        await using var db = database.Open();
        Assert.Equal(kept.Id, Assert.Single(await db.ConsultantNotes.ToListAsync()).Id);
    }
}
