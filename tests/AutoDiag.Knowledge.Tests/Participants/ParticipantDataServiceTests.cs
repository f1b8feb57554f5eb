using System.Text;
using System.Text.Json;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Tests.Themes.Cloud;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using static AutoDiag.Knowledge.Tests.Participants.ParticipantDataDataset;

namespace AutoDiag.Knowledge.Tests.Participants;

/// <summary>
/// The rights of the people registered (issue 7): an administrator exports everything stored about a participant and
/// erases it, answers kept under « élu anonyme » or deleted. Everything is read back from a fresh context.
/// </summary>
public abstract class ParticipantDataServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly ListLogger<ParticipantDataService> log = new();
    private readonly ListLogger<AccessPolicy> accessLog = new();
    private TestDatabase database = null!;
    private ParticipantDataDataset data = null!;
    private ParticipantDataService service = null!;
    private ThemeMatrixService matrices = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        data = await ParticipantDataDataset.CreateAsync(database);
        service = new ParticipantDataService(database.Factory, new AccessPolicy(accessLog), TimeProvider.System, log);
        matrices = new ThemeMatrixService(
            database.Factory, ThemeCatalog.LoadDefault(), new AccessPolicy(NullLogger<AccessPolicy>.Instance), NullLogger<ThemeMatrixService>.Instance);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task The_export_holds_every_kind_of_data_of_the_participant_and_nothing_of_another()
    {
        var export = await service.ExportAsync(data.Administrator, data.Paul.Id);

        var profile = export.Participant;
        Assert.Equal((data.Paul.Id, PaulName, PaulEmail, PaulChannelId, "élu", "CC Flandre Lys"),
            (profile.Id, profile.DisplayName, profile.Email, profile.ChannelUserId, profile.Role, profile.Intercommunality));
        Assert.Equal(["Merville", "Estaires"], profile.Communes);

        Assert.Equal(
            ["Le bus ne passe plus le samedi", "Plus de médecin au village", "Rien à signaler", "Épicerie solidaire le mardi, l'après-midi", "Les jeunes partent à Lille"],
            export.Answers.Select(a => a.Text));
        var doctor = export.Answers[1];
        Assert.Equal(("Merville", "difficulté", null), (doctor.Commune, doctor.Kind, doctor.TypedBy));
        Assert.Equal(["sante"], doctor.Themes); // the person's correction wins
        Assert.Equal("rien à signaler", export.Answers[2].Kind);
        Assert.Equal(("Estaires", "ressource"), (export.Answers[3].Commune, export.Answers[3].Kind));
        Assert.Equal("secrétaire de mairie", export.Answers[4].TypedBy);
        Assert.Equal(DateTimeKind.Utc, export.Answers[0].RecordedAt.Kind);
        Assert.Empty(export.AnswersTypedForOthers);

        Assert.Equal(
            [("mobilite", "élevé", "la ligne ferme en juin", (string?)null), ("sante", "modéré", null, null), ("jeunesse", "faible", null, "secrétaire de mairie")],
            export.RiskAssessments.Select(r => (r.Theme, r.Level, r.Comment, r.TypedBy)));
        Assert.Empty(export.RiskAssessmentsTypedForOthers);
        Assert.Equal(
            [("Merville", "difficultés"), ("Merville", "ressources"), ("Estaires", "difficultés")],
            export.SectionCompletions.Select(s => (s.Commune, s.Section)));
        var revision = Assert.Single(export.CommuneProfileRevisions);
        Assert.Equal(("Merville", 9800, "Mairie de Merville, accueil"), (revision.Commune, revision.Population, revision.Contact));
        Assert.Equal(["ecole", "medecin"], revision.Services);
        var invitation = Assert.Single(export.InvitationsRedeemed);
        Assert.Equal((PaulsCode, "élu"), (invitation.Code, invitation.Role));
        Assert.Equal(["Merville", "Estaires"], invitation.Communes);
        Assert.Empty(export.InvitationsCreated);
        Assert.Equal(
            ["emulator/users/" + PaulChannelId, "msteams/conversations/conv-paul"],
            export.ConversationState.Select(s => s.Key).Order(StringComparer.Ordinal));

        var json = Encoding.UTF8.GetString(export.ToJson());
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(PaulEmail, document.RootElement.GetProperty("participant").GetProperty("email").GetString());
        }
        Assert.Contains("\"displayName\": \"Paul Verhaeghe\"", json); // indented, camelCase
        Assert.Contains("Épicerie solidaire le mardi, l'après-midi", json); // readable: accents and apostrophes, not \u escapes
        foreach (var foreign in new[] { SophieName, SophieEmail, SophieChannelId, MarcName, MarcChannelId, JeanName, ClaireName, ClaireEmail, "Alice", "conv-sophie", "conv-marc" }
                     .Concat(OtherAnswerTexts))
        {
            Assert.DoesNotContain(foreign, json, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains(log.Entries, e => e.Message.Contains($"participant {data.Paul.Id} exported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_of_a_secretaire_has_what_she_typed_for_the_elus_without_naming_them()
    {
        var export = await service.ExportAsync(data.Administrator, data.Sophie.Id);

        Assert.Equal([OtherAnswerTexts[0]], export.Answers.Select(a => a.Text));
        Assert.Equal(["Les jeunes partent à Lille", OtherAnswerTexts[2]], export.AnswersTypedForOthers.Select(a => a.Text));
        Assert.All(export.AnswersTypedForOthers, a => Assert.Null(a.TypedBy));
        Assert.Equal([("jeunesse", "faible"), ("jeunesse", "modéré")], export.RiskAssessmentsTypedForOthers.Select(r => (r.Theme, r.Level)));
        Assert.Equal(9810, Assert.Single(export.CommuneProfileRevisions).Population);
        Assert.Equal(["msteams/conversations/conv-sophie"], export.ConversationState.Select(s => s.Key));
        var json = Encoding.UTF8.GetString(export.ToJson());
        Assert.DoesNotContain(PaulName, json);
        Assert.DoesNotContain(JeanName, json);
        Assert.DoesNotContain("conv-paul", json);
    }

    [Fact]
    public async Task The_export_of_a_consultant_has_her_work_and_her_invitations()
    {
        var export = await service.ExportAsync(data.Administrator, data.Claire.Id);

        var testimony = Assert.Single(export.Testimonies);
        Assert.Equal(("Mission Locale", "Des jeunes sans permis", "Un garage solidaire"), (testimony.Structure, testimony.Perceptions, testimony.Preconisations));
        Assert.Equal(["jeunesse"], testimony.Themes);
        Assert.Equal(("mobilite", "Enjeu majeur : la mobilité des jeunes"), (Assert.Single(export.ConsultantNotes).Theme, export.ConsultantNotes[0].Text));
        Assert.Equal(("Merville", "mobilite"), (Assert.Single(export.ReviewMarks).Commune, export.ReviewMarks[0].Theme));
        var calendar = Assert.Single(export.CalendarUpdates);
        Assert.Equal((new DateOnly(2026, 1, 15), "Premier CIAS en 2015"), (calendar.PresentationAuxElus, calendar.History));
        Assert.Equal([(UnusedCode, false), (PaulsCode, true)], export.InvitationsCreated.Select(i => (i.Code, i.RedeemedAt is not null)).Order());
        Assert.Equal(ClairesCode, Assert.Single(export.InvitationsRedeemed).Code);
        Assert.Empty(export.Answers);
        Assert.DoesNotContain(PaulName, Encoding.UTF8.GetString(export.ToJson()));
    }

    [Fact]
    public async Task Erasing_with_reassignment_keeps_the_communes_counts_and_leaves_no_personal_field()
    {
        var cellsBefore = await CellsAsync();
        Assert.Equal([("Estaires", 1), ("Merville", 4)], (await RespondentsAsync()).Where(r => r.Item2 > 0));
        Assert.Contains("Participants.DisplayName", await FindEverywhereAsync(database, PaulName)); // the search sees what is there

        var report = await service.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        Assert.True(report.Committed);
        Assert.True(report.AnonymousParticipantCreated);
        Assert.Equal(
            (5, 0, 3, 0, 0, 3, 0, 0, 0, 1, 0, 1, 2),
            (report.AnswersReassigned, report.AnswersDeleted, report.RiskAssessmentsReassigned, report.RiskAssessmentsMerged, report.RiskAssessmentsDeleted,
                report.SectionCompletionsReassigned, report.SectionCompletionsMerged, report.SectionCompletionsDeleted, report.EntriesTypedForOthersReassigned,
                report.CommuneProfileRevisionsReassigned, report.InvitationsCreatedReassigned, report.InvitationsRedeemedDeleted,
                report.BotStatesDeleted));

        // The état des lieux keeps its cells; Paul is no longer a respondent, and the « élu anonyme » is none.
        Assert.Equal(cellsBefore, await CellsAsync());
        Assert.Equal([("Merville", 3)], (await RespondentsAsync()).Where(r => r.Item2 > 0));

        // Paul is gone, by every way he could be found.
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        Assert.Null(await directory.FindAsync(PaulChannelId));
        Assert.Null(await directory.GetAsync(data.Paul.Id));
        Assert.Null(await new RosterDirectory(database.Factory, directory).ClaimAsync("aad-new", PaulEmail));
        foreach (var personal in new[] { PaulName, "Verhaeghe", PaulEmail, PaulChannelId, "conv-paul" })
        {
            Assert.Empty(await FindEverywhereAsync(database, personal));
        }

        await using var db = database.Open();
        var anonymous = await db.Participants.Include(p => p.Communes).SingleAsync(p => p.Id == report.AnonymousParticipantId);
        Assert.Equal((ParticipantDataService.AnonymousDisplayName, ParticipantRole.Elu, data.IntercommunalityId, null, null),
            (anonymous.DisplayName, anonymous.Role, anonymous.IntercommunalityId, anonymous.ChannelUserId, anonymous.Email));
        Assert.Empty(anonymous.Communes);
        Assert.True(ParticipantDataService.IsAnonymous(anonymous));
        // Nobody can type answers for it.
        Assert.DoesNotContain(await directory.ListElusAsync(data.IntercommunalityId, [data.Merville, data.Estaires]), e => e.Id == anonymous.Id);

        var answers = await db.Answers.Where(a => a.ParticipantId == anonymous.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(5, answers.Count);
        Assert.All(answers, a => Assert.StartsWith(ParticipantDataService.ErasedSourcePrefix, a.SourceActivityId));
        Assert.Equal(data.Sophie.Id, answers.Single(a => a.Text == "Les jeunes partent à Lille").EnteredByParticipantId);
        Assert.Equal(anonymous.Id, (await db.CommuneProfileRevisions.SingleAsync(r => r.Population == 9800)).ChangedByParticipantId);
        Assert.False(await db.Invitations.AnyAsync(i => i.Code == PaulsCode));
        Assert.True(await db.Invitations.AnyAsync(i => i.Code == UnusedCode && i.RedeemedByParticipantId == null));

        // Nobody else's data moved.
        Assert.Equal(
            ["msteams/conversations/conv-marc", "msteams/conversations/conv-sophie"],
            (await db.BotStates.Select(s => s.Key).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Equal(2, await db.Answers.CountAsync(a => a.EnteredByParticipantId == data.Sophie.Id));
        Assert.Equal(2, await db.RiskAssessments.CountAsync(r => r.ParticipantId == data.Marc.Id));
        Assert.Equal(8, await db.Participants.CountAsync());

        // The log says who and how many, never a name.
        var entry = Assert.Single(log.Entries, e => e.Message.Contains("erased", StringComparison.Ordinal));
        Assert.Contains($"Participant {data.Paul.Id} of intercommunality {data.IntercommunalityId} erased by participant {data.Administrator.Id}", entry.Message);
        foreach (var personal in new[] { PaulName, PaulEmail, PaulChannelId, "conv-paul" })
        {
            Assert.DoesNotContain(log.Entries, e => e.Everything.Contains(personal, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task A_second_erasure_reuses_the_anonymous_elu_and_keeps_the_highest_risk()
    {
        var cellsBefore = await CellsAsync();

        var first = await service.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);
        var second = await service.EraseAsync(data.Administrator, data.Marc.Id, ErasureMode.ReassignToAnonymous);

        Assert.Equal(first.AnonymousParticipantId, second.AnonymousParticipantId);
        Assert.False(second.AnonymousParticipantCreated);
        Assert.Equal((1, 0, 2, 0, 1), (second.AnswersReassigned, second.RiskAssessmentsReassigned, second.RiskAssessmentsMerged,
            second.SectionCompletionsReassigned, second.SectionCompletionsMerged));
        Assert.Equal(cellsBefore, await CellsAsync());
        await using var db = database.Open();
        Assert.Single(await db.Participants.Where(p => p.DisplayName == ParticipantDataService.AnonymousDisplayName).ToListAsync());
        var risks = await db.RiskAssessments.Where(r => r.ParticipantId == first.AnonymousParticipantId)
            .ToDictionaryAsync(r => r.ThemeId, r => (r.Level, r.Comment));
        Assert.Equal((RiskLevel.Eleve, "la ligne ferme en juin"), risks["mobilite"]); // Paul's élevé over Marc's modéré
        Assert.Equal((RiskLevel.Eleve, "le dernier médecin part"), risks["sante"]); // Marc's élevé over Paul's modéré
        Assert.Equal(6, await db.Answers.CountAsync(a => a.ParticipantId == first.AnonymousParticipantId));
        Assert.Empty(await FindEverywhereAsync(database, MarcName));
        Assert.Empty(await FindEverywhereAsync(database, "conv-marc"));
    }

    [Fact]
    public async Task Erasing_with_deletion_removes_the_answers_and_their_tags()
    {
        List<long> paulsAnswers;
        await using (var db = database.Open())
        {
            paulsAnswers = await db.Answers.Where(a => a.ParticipantId == data.Paul.Id).Select(a => a.Id).ToListAsync();
        }

        var report = await service.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.Delete);

        Assert.Equal((0, 5, 3, 3), (report.AnswersReassigned, report.AnswersDeleted, report.RiskAssessmentsDeleted, report.SectionCompletionsDeleted));
        Assert.True(report.AnonymousParticipantCreated); // for the fiche commune revision, which keeps an author
        await using (var db = database.Open())
        {
            Assert.False(await db.Answers.AnyAsync(a => paulsAnswers.Contains(a.Id)));
            Assert.False(await db.ThemeTags.AnyAsync(t => paulsAnswers.Contains(t.AnswerId)));
            Assert.Equal(0, await db.Answers.CountAsync(a => a.ParticipantId == report.AnonymousParticipantId));
            Assert.Equal(0, await db.RiskAssessments.CountAsync(r => r.ParticipantId == report.AnonymousParticipantId));
            Assert.Equal(0, await db.SectionCompletions.CountAsync(s => s.ParticipantId == report.AnonymousParticipantId));
            Assert.Equal(4, await db.Answers.CountAsync()); // Sophie's, Marc's, Jean's, and the other intercommunalité's
        }
        var merville = (await CellsAsync()).Single(row => row.StartsWith("Merville", StringComparison.Ordinal));
        Assert.Contains("mobilite=1/Modere", merville); // Marc's only
        foreach (var personal in new[] { PaulName, PaulEmail, PaulChannelId, "conv-paul", "Le bus ne passe plus" })
        {
            Assert.Empty(await FindEverywhereAsync(database, personal));
        }
    }

    [Fact]
    public async Task Erasing_a_secretaire_leaves_the_answers_she_typed_to_the_elus()
    {
        var report = await service.EraseAsync(data.Administrator, data.Sophie.Id, ErasureMode.ReassignToAnonymous);

        Assert.Equal((1, 1, 4, 1), (report.AnswersReassigned, report.RiskAssessmentsReassigned, report.EntriesTypedForOthersReassigned,
            report.CommuneProfileRevisionsReassigned));
        await using var db = database.Open();
        var relayed = await db.Answers.Where(a => a.Text == "Les jeunes partent à Lille" || a.Text == OtherAnswerTexts[2]).ToListAsync();
        Assert.Equal([data.Paul.Id, data.Jean.Id], relayed.Select(a => a.ParticipantId).Order());
        Assert.All(relayed, a => Assert.Equal(report.AnonymousParticipantId, a.EnteredByParticipantId));
        Assert.Equal(2, await db.RiskAssessments.CountAsync(r => r.EnteredByParticipantId == report.AnonymousParticipantId));
        foreach (var personal in new[] { SophieName, SophieEmail, SophieChannelId, "conv-sophie" })
        {
            Assert.Empty(await FindEverywhereAsync(database, personal));
        }
        Assert.True(await db.BotStates.AnyAsync(s => s.Key == "msteams/conversations/conv-paul"));
    }

    [Fact]
    public async Task Erasing_a_consultant_keeps_her_work_under_the_anonymous_elu_and_her_unused_codes_valid()
    {
        var report = await service.EraseAsync(data.Administrator, data.Claire.Id, ErasureMode.Delete);

        Assert.Equal((1, 1, 1, 1, 2, 1), (report.TestimoniesReassigned, report.ConsultantNotesReassigned, report.ReviewMarksReassigned,
            report.CalendarsReassigned, report.InvitationsCreatedReassigned, report.InvitationsRedeemedDeleted));
        var anonymousId = report.AnonymousParticipantId;
        await using (var db = database.Open())
        {
            Assert.Equal(anonymousId, (await db.Testimonies.SingleAsync()).RecordedByParticipantId);
            Assert.Equal(anonymousId, (await db.ConsultantNotes.SingleAsync()).AuthorParticipantId);
            Assert.Equal(anonymousId, (await db.ThemeReviewMarks.SingleAsync()).ReviewedByParticipantId);
            Assert.Equal(anonymousId, (await db.DemarcheCalendars.SingleAsync()).UpdatedByParticipantId);
            var unused = await db.Invitations.SingleAsync(i => i.Code == UnusedCode);
            Assert.Equal(anonymousId, unused.CreatedByParticipantId);
            Assert.Null(unused.RedeemedByParticipantId);
            Assert.Equal(anonymousId, (await db.Invitations.SingleAsync(i => i.Code == PaulsCode)).CreatedByParticipantId);
            Assert.False(await db.Invitations.AnyAsync(i => i.Code == ClairesCode));
        }
        await using (var db = database.Open())
        {
            // The views join the author: the note and the témoignage still show, by « élu anonyme ».
            Assert.Equal([ParticipantDataService.AnonymousDisplayName], await (
                from note in db.ConsultantNotes
                join author in db.Participants on note.AuthorParticipantId equals author.Id
                select author.DisplayName).ToListAsync());
        }
        foreach (var personal in new[] { ClaireName, ClaireEmail, ClaireChannelId })
        {
            Assert.Empty(await FindEverywhereAsync(database, personal));
        }
    }

    [Fact]
    public async Task The_preview_counts_what_the_erasure_does_and_changes_nothing()
    {
        var before = await SnapshotAsync();

        var preview = await service.PreviewErasureAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        Assert.False(preview.Committed);
        Assert.Null(preview.AnonymousParticipantId);
        Assert.True(preview.AnonymousParticipantCreated);
        Assert.Equal(before, await SnapshotAsync());
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains("erased", StringComparison.Ordinal));

        var done = await service.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);
        Assert.Equal(preview, done with { Committed = false, AnonymousParticipantId = null });
    }

    public static TheoryData<string> Refused() => ["consultant", "élu", "secrétaire", "other administrator"];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Only_an_administrator_of_the_intercommunality_exports_or_erases_and_a_refusal_changes_nothing(string who)
    {
        var viewer = who switch
        {
            "consultant" => data.Claire,
            "élu" => data.Marc,
            "secrétaire" => data.Sophie,
            _ => data.OtherAdministrator,
        };
        var before = await SnapshotAsync();

        var export = await Assert.ThrowsAsync<AccessDeniedException>(() => service.ExportAsync(viewer, data.Paul.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.EraseAsync(viewer, data.Paul.Id, ErasureMode.Delete));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.PreviewErasureAsync(viewer, data.Paul.Id, ErasureMode.ReassignToAnonymous));

        Assert.Equal(ProtectedAction.ManageParticipants, export.Action);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(3, accessLog.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public async Task An_unknown_participant_gets_the_same_refusal_and_an_administrator_does_not_erase_themselves()
    {
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.ExportAsync(data.Administrator, 999_999));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.EraseAsync(data.Administrator, 999_999, ErasureMode.Delete));
        await Assert.ThrowsAsync<AccessDeniedException>(() => service.EraseAsync(data.Administrator, data.Administrator.Id, ErasureMode.Delete));

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(3, log.Entries.Count(e => e.Level == LogLevel.Warning));
        // Their own data, they may read.
        Assert.Equal("administrateur", (await service.ExportAsync(data.Administrator, data.Administrator.Id)).Participant.Role);
    }

    [Fact]
    public async Task The_reminder_contact_is_exported_and_erased_with_the_conversation_it_points_to()
    {
        // Claire never answered: her personal chat is known from her reminder contact only.
        var claireReference = $$"""{"user":{"id":"29:{{ClaireChannelId}}","name":"{{ClaireName}}","aadObjectId":"{{ClaireChannelId}}"},"bot":{"id":"28:bot","name":"AutoDiag"},"conversation":{"conversationType":"personal","tenantId":"t-1","id":"conv-claire"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/"}""";
        const string marcReference = """{"conversation":{"id":"conv-marc"},"channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/emea/"}""";
        var lastReminder = Start.AddDays(4);
        await using (var db = database.Open())
        {
            db.ReminderContacts.Add(new ReminderContact
            {
                ParticipantId = data.Claire.Id, ConversationReference = claireReference, LastMessageAt = Start, RemindersSent = 2,
                LastReminderAt = lastReminder, RemindersStopped = true,
            });
            db.ReminderContacts.Add(new ReminderContact { ParticipantId = data.Marc.Id, ConversationReference = marcReference, LastMessageAt = Start });
            db.BotStates.Add(new BotStateRecord { Key = "msteams/conversations/conv-claire", Document = "{\"DialogState\":{}}", ETag = "e1", UpdatedAt = Start });
            await db.SaveChangesAsync();
        }

        var export = await service.ExportAsync(data.Administrator, data.Claire.Id);

        var contact = export.ReminderContact;
        Assert.NotNull(contact);
        Assert.Equal((claireReference, Start, 2, (DateTime?)lastReminder, (DateTime?)null, true),
            (contact.ConversationReference, contact.LastMessageAt, contact.RemindersSent, contact.LastReminderAt, contact.LastFailedSendAt, contact.RemindersStopped));
        Assert.Equal(DateTimeKind.Utc, contact.LastMessageAt.Kind);
        Assert.Equal(["msteams/conversations/conv-claire"], export.ConversationState.Select(s => s.Key));
        var json = Encoding.UTF8.GetString(export.ToJson());
        using (var document = JsonDocument.Parse(json))
        {
            Assert.True(document.RootElement.GetProperty("reminderContact").GetProperty("remindersStopped").GetBoolean());
        }
        Assert.DoesNotContain("conv-marc", json);
        Assert.Null((await service.ExportAsync(data.Administrator, data.Sophie.Id)).ReminderContact);

        var report = await service.EraseAsync(data.Administrator, data.Claire.Id, ErasureMode.ReassignToAnonymous);

        Assert.Equal((1, 1), (report.ReminderContactsDeleted, report.BotStatesDeleted));
        foreach (var personal in new[] { ClaireName, ClaireChannelId, "conv-claire" })
        {
            Assert.Empty(await FindEverywhereAsync(database, personal));
        }
        await using (var db = database.Open())
        {
            Assert.Equal([data.Marc.Id], await db.ReminderContacts.Select(c => c.ParticipantId).ToListAsync());
            Assert.True(await db.BotStates.AnyAsync(s => s.Key == "msteams/conversations/conv-marc"));
        }
        var entry = Assert.Single(log.Entries, e => e.Message.Contains("erased", StringComparison.Ordinal));
        Assert.Contains("1 reminder contacts deleted", entry.Message);
        Assert.DoesNotContain("conv-claire", entry.Everything);
    }

    [Fact]
    public async Task The_anonymous_elu_is_not_erased()
    {
        var report = await service.EraseAsync(data.Administrator, data.Paul.Id, ErasureMode.ReassignToAnonymous);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => service.EraseAsync(data.Administrator, report.AnonymousParticipantId!.Value, ErasureMode.Delete));
        await using var db = database.Open();
        Assert.Equal(5, await db.Answers.CountAsync(a => a.ParticipantId == report.AnonymousParticipantId));
    }

    /// <summary>Each readable commune's cells, « Merville: jeunesse=2/Faible, … ».</summary>
    private async Task<List<string>> CellsAsync()
    {
        var matrix = await matrices.GetMatrixAsync(data.Administrator, data.IntercommunalityId);
        return matrix.Rows
            .Select(row => row.Commune.Name + ": " + string.Join(", ", row.Cells.OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => $"{c.Key}={c.Value.DifficultyCount}/{c.Value.HighestRisk}")))
            .ToList();
    }

    private async Task<List<(string, int)>> RespondentsAsync() =>
        (await matrices.GetMatrixAsync(data.Administrator, data.IntercommunalityId)).Rows
            .Select(row => (row.Commune.Name, row.Completion.Respondents)).ToList();

    /// <summary>What a refusal or a preview must leave as it was.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = database.Open();
        var lines = new List<string>();
        lines.AddRange((await db.Participants.OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"P {p.Id} {p.DisplayName} {p.Email} {p.ChannelUserId} {p.Role}"));
        lines.AddRange((await db.Answers.OrderBy(a => a.Id).ToListAsync())
            .Select(a => $"A {a.Id} {a.ParticipantId} {a.EnteredByParticipantId} {a.SourceActivityId}"));
        lines.AddRange((await db.RiskAssessments.OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"R {r.Id} {r.ParticipantId} {r.EnteredByParticipantId} {r.Level} {r.SourceActivityId}"));
        lines.AddRange((await db.SectionCompletions.OrderBy(s => s.Id).ToListAsync()).Select(s => $"S {s.Id} {s.ParticipantId}"));
        lines.AddRange((await db.Invitations.OrderBy(i => i.Id).ToListAsync())
            .Select(i => $"I {i.Id} {i.CreatedByParticipantId} {i.RedeemedByParticipantId}"));
        lines.AddRange((await db.CommuneProfileRevisions.OrderBy(r => r.Id).ToListAsync()).Select(r => $"C {r.Id} {r.ChangedByParticipantId}"));
        lines.Add($"T {await db.ThemeTags.CountAsync()} {await db.BotStates.CountAsync()} "
            + $"{await db.ParticipantCommunes.CountAsync()} {await db.Testimonies.SumAsync(t => t.RecordedByParticipantId)}");
        return string.Join('\n', lines);
    }
}

public sealed class SqliteParticipantDataServiceTests() : ParticipantDataServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresParticipantDataServiceTests() : ParticipantDataServiceTests(DatabaseProvider.Postgres);
