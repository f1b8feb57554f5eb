using System.Globalization;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AutoDiag.Knowledge.Tests.Participants;

/// <summary>
/// Every kind of data a participant leaves, in the demo intercommunalité (plus a second one):
/// <list type="bullet">
/// <item>Paul Verhaeghe (élu of Merville and Estaires, rostered e-mail, Teams id): four answers of his own in his conversation
/// « conv-paul » (Merville: bus → mobilité, doctor → automatic mobilité corrected to santé, « rien à signaler » on logement;
/// Estaires: a resource) and one typed for him by Sophie in « conv-sophie » (jeunesse); risks mobilité élevé and santé
/// modéré of his own, jeunesse faible typed by Sophie; three sections closed; a fiche commune revision of Merville; the
/// invitation he joined with (created by Claire); his bot state (conversation and user).</item>
/// <item>Sophie Lemaire (secrétaire of Merville): one answer and one risk of her own; typed Paul's answer and risk and
/// Jean's answer and risk.</item>
/// <item>Marc Delattre (élu of Merville): one answer, risks mobilité modéré and santé élevé, difficulties closed.</item>
/// <item>Jean Relais (élu of Merville who never opens Teams): one answer and one risk typed by Sophie.</item>
/// <item>Claire Vasseur (consultant): a témoignage, a note, a relu mark, the calendar, two invitations created (Paul's,
/// and an unused one); joined with an invitation the administrator created.</item>
/// <item>Alice (administrator of the CC Flandre Lys), Omar (administrator of the other intercommunalité), and an élu there
/// with one answer.</item>
/// </list>
/// </summary>
public sealed class ParticipantDataDataset
{
    public static readonly DateTime Start = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public const string PaulName = "Paul Verhaeghe", PaulEmail = "paul.verhaeghe@merville.fr", PaulChannelId = "aad-paul-7f3c";
    public const string SophieName = "Sophie Lemaire", SophieEmail = "sophie.lemaire@merville.fr", SophieChannelId = "aad-sophie-91b2";
    public const string MarcName = "Marc Delattre", MarcChannelId = "aad-marc-55e0";
    public const string JeanName = "Jean Relais";
    public const string ClaireName = "Claire Vasseur", ClaireEmail = "claire.vasseur@conseil.fr", ClaireChannelId = "aad-claire-c0de";
    public const string UnusedCode = "ABCD2345", PaulsCode = "K7P4QX9M", ClairesCode = "CNSM7777";

    public required int IntercommunalityId { get; init; }
    public required int OtherIntercommunalityId { get; init; }
    public required int Merville { get; init; }
    public required int Estaires { get; init; }
    public required ParticipantProfile Administrator { get; init; }
    public required ParticipantProfile OtherAdministrator { get; init; }
    public required ParticipantProfile Paul { get; init; }
    public required ParticipantProfile Sophie { get; init; }
    public required ParticipantProfile Marc { get; init; }
    public required ParticipantProfile Jean { get; init; }
    public required ParticipantProfile Claire { get; init; }

    /// <summary>Texts of answers that are not Paul's: none may appear in his export.</summary>
    public static readonly string[] OtherAnswerTexts =
        ["Loyers trop chers pour les familles", "Personnes âgées isolées l'hiver", "Pas de crèche au village", "Pas de bus ailleurs"];

    public static async Task<ParticipantDataDataset> CreateAsync(TestDatabase database)
    {
        int intercommunalityId, otherId, merville, estaires, otherCommune;
        Participant admin, otherAdmin, paul, sophie, marc, jean, claire, elsewhere;
        await using (var db = database.Open())
        {
            var flandreLys = await db.Intercommunalities.SingleAsync();
            intercommunalityId = flandreLys.Id;
            var communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
            merville = communes["Merville"];
            estaires = communes["Estaires"];
            var other = new Intercommunality { Name = "CC Autre Territoire", Communes = [new Commune { Name = "Ailleurs" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            otherId = other.Id;
            otherCommune = other.Communes[0].Id;

            Participant Person(string? channelId, string name, string? email, ParticipantRole role, int interco, params int[] communeIds)
            {
                var person = new Participant
                {
                    ChannelUserId = channelId, DisplayName = name, Email = email, Role = role, IntercommunalityId = interco, CreatedAt = Start,
                    Communes = communeIds.Select((id, i) => new ParticipantCommune { CommuneId = id, Position = i }).ToList(),
                };
                db.Participants.Add(person);
                return person;
            }
            admin = Person("aad-alice-a11c", "Alice Admin", "alice@flandre-lys.fr", ParticipantRole.Administrator, intercommunalityId);
            otherAdmin = Person("aad-omar-0a0a", "Omar Ailleurs", null, ParticipantRole.Administrator, otherId);
            paul = Person(PaulChannelId, PaulName, PaulEmail, ParticipantRole.Elu, intercommunalityId, merville, estaires);
            sophie = Person(SophieChannelId, SophieName, SophieEmail, ParticipantRole.SecretaireDeMairie, intercommunalityId, merville);
            marc = Person(MarcChannelId, MarcName, null, ParticipantRole.Elu, intercommunalityId, merville);
            jean = Person(null, JeanName, null, ParticipantRole.Elu, intercommunalityId, merville);
            claire = Person(ClaireChannelId, ClaireName, ClaireEmail, ParticipantRole.Consultant, intercommunalityId);
            elsewhere = Person("aad-ailleurs-e1e1", "Élu Ailleurs", null, ParticipantRole.Elu, otherId, otherCommune);
            await db.SaveChangesAsync();

            var minute = 0;
            void Say(Participant who, int commune, AnswerKind kind, string text, string source, Participant? typist = null, bool nothing = false,
                ThemeTag[]? tags = null) =>
                db.Answers.Add(new Answer
                {
                    CommuneId = commune, ParticipantId = who.Id, EnteredByParticipantId = typist?.Id, Kind = kind, Text = text,
                    ReportsNoDifficulty = nothing, RecordedAt = Start.AddMinutes(++minute), SourceActivityId = source, Tags = [.. tags ?? []],
                });
            static ThemeTag Auto(string theme, double confidence) => new() { ThemeId = theme, Confidence = confidence, Source = TagSource.Automatic };
            static ThemeTag Human(string theme) => new() { ThemeId = theme, Confidence = 1, Source = TagSource.Human };

            Say(paul, merville, AnswerKind.Difficulty, "Le bus ne passe plus le samedi", "conv-paul|a1", tags: [Auto("mobilite", 0.9)]);
            Say(paul, merville, AnswerKind.Difficulty, "Plus de médecin au village", "conv-paul|a2", tags: [Auto("mobilite", 0.6), Human("sante")]);
            Say(paul, merville, AnswerKind.Difficulty, "Rien à signaler", "conv-paul|a3", nothing: true, tags: [Human("logement")]);
            Say(paul, estaires, AnswerKind.Resource, "Épicerie solidaire le mardi, l'après-midi", "conv-paul|a4", tags: [Auto("precarite", 0.8)]);
            Say(paul, merville, AnswerKind.Difficulty, "Les jeunes partent à Lille", "conv-sophie|a5", typist: sophie, tags: [Auto("jeunesse", 0.8)]);
            Say(sophie, merville, AnswerKind.Difficulty, OtherAnswerTexts[0], "conv-sophie|a6", tags: [Auto("logement", 0.9)]);
            Say(marc, merville, AnswerKind.Difficulty, OtherAnswerTexts[1], "conv-marc|a7", tags: [Auto("lien-social", 0.8), Auto("mobilite", 0.5)]);
            Say(jean, merville, AnswerKind.Difficulty, OtherAnswerTexts[2], "conv-sophie|a8", typist: sophie, tags: [Auto("jeunesse", 0.7)]);
            Say(elsewhere, otherCommune, AnswerKind.Difficulty, OtherAnswerTexts[3], "conv-ailleurs|a9", tags: [Auto("mobilite", 0.9)]);

            void Risk(Participant who, int commune, string theme, RiskLevel level, string source, string? comment = null, Participant? typist = null) =>
                db.RiskAssessments.Add(new RiskAssessment
                {
                    CommuneId = commune, ParticipantId = who.Id, EnteredByParticipantId = typist?.Id, ThemeId = theme, Level = level, Comment = comment,
                    RecordedAt = Start.AddMinutes(30 + ++minute), SourceActivityId = source,
                });
            Risk(paul, merville, "mobilite", RiskLevel.Eleve, "conv-paul|r1", "la ligne ferme en juin");
            Risk(paul, merville, "sante", RiskLevel.Modere, "conv-paul|r2");
            Risk(paul, merville, "jeunesse", RiskLevel.Faible, "conv-sophie|r3", typist: sophie);
            Risk(sophie, merville, "logement", RiskLevel.Faible, "conv-sophie|r4");
            Risk(marc, merville, "mobilite", RiskLevel.Modere, "conv-marc|r5");
            Risk(marc, merville, "sante", RiskLevel.Eleve, "conv-marc|r6", "le dernier médecin part");
            Risk(jean, merville, "jeunesse", RiskLevel.Modere, "conv-sophie|r7", typist: sophie);
            Risk(elsewhere, otherCommune, "mobilite", RiskLevel.Eleve, "conv-ailleurs|r8");

            void Done(Participant who, int commune, InterviewSection section) =>
                db.SectionCompletions.Add(new SectionCompletion { ParticipantId = who.Id, CommuneId = commune, Section = section, CompletedAt = Start.AddHours(1) });
            Done(paul, merville, InterviewSection.Difficulties);
            Done(paul, merville, InterviewSection.Resources);
            Done(paul, estaires, InterviewSection.Difficulties);
            Done(marc, merville, InterviewSection.Difficulties);
            Done(sophie, merville, InterviewSection.Difficulties);

            db.CommuneProfileRevisions.Add(new CommuneProfileRevision
            {
                CommuneId = merville, Population = 9800, PopulationYear = 2022, Services = "ecole,medecin", Associations = "Club des aînés",
                AssociationThemes = "lien-social", Contact = "Mairie de Merville, accueil", ChangedByParticipantId = paul.Id, ChangedAt = Start.AddHours(2),
            });
            db.CommuneProfileRevisions.Add(new CommuneProfileRevision
            {
                CommuneId = merville, Population = 9810, PopulationYear = 2023, Services = "ecole", ChangedByParticipantId = sophie.Id, ChangedAt = Start.AddHours(3),
            });

            Invitation Code(string code, ParticipantRole role, Participant creator, Participant? redeemer, params int[] communeIds)
            {
                var invitation = new Invitation
                {
                    Code = code, Role = role, IntercommunalityId = intercommunalityId, CreatedByParticipantId = creator.Id, CreatedAt = Start.AddDays(-2),
                    ExpiresAt = Start.AddDays(5), RedeemedByParticipantId = redeemer?.Id, RedeemedAt = redeemer is null ? null : Start.AddDays(-1),
                    Communes = communeIds.Select((id, i) => new InvitationCommune { CommuneId = id, Position = i }).ToList(),
                };
                db.Invitations.Add(invitation);
                return invitation;
            }
            Code(PaulsCode, ParticipantRole.Elu, claire, paul, merville, estaires);
            Code(UnusedCode, ParticipantRole.SecretaireDeMairie, claire, null, estaires);
            Code(ClairesCode, ParticipantRole.Consultant, admin, claire);

            db.Testimonies.Add(new Testimony
            {
                IntercommunalityId = intercommunalityId, Structure = "Mission Locale", Perceptions = "Des jeunes sans permis",
                Enjeux = "La mobilité des 16-25 ans", Preconisations = "Un garage solidaire", RecordedByParticipantId = claire.Id, RecordedAt = Start.AddDays(1),
                Tags = [new TestimonyTag { ThemeId = "jeunesse", Confidence = 0.8, Source = TagSource.Automatic }],
            });
            db.ConsultantNotes.Add(new ConsultantNote
            {
                IntercommunalityId = intercommunalityId, ThemeId = "mobilite", Text = "Enjeu majeur : la mobilité des jeunes",
                AuthorParticipantId = claire.Id, WrittenAt = Start.AddDays(1),
            });
            db.ThemeReviewMarks.Add(new ThemeReviewMark { CommuneId = merville, ThemeId = "mobilite", ReviewedByParticipantId = claire.Id, ReviewedAt = Start.AddDays(1) });
            db.DemarcheCalendars.Add(new DemarcheCalendar
            {
                IntercommunalityId = intercommunalityId, PresentationAuxElus = new DateOnly(2026, 1, 15), History = "Premier CIAS en 2015",
                UpdatedByParticipantId = claire.Id, UpdatedAt = Start.AddDays(1),
            });

            void State(string key, string document) =>
                db.BotStates.Add(new BotStateRecord { Key = key, Document = document, ETag = Guid.NewGuid().ToString("N"), UpdatedAt = Start });
            State("msteams/conversations/conv-paul", $"{{\"DialogState\":{{\"prompt\":\"Bonjour {PaulName} · Commune 1/2 · Merville\"}}}}");
            State($"emulator/users/{PaulChannelId}", "{\"seen\":true}");
            State("msteams/conversations/conv-sophie", "{\"DialogState\":{}}");
            State("msteams/conversations/conv-marc", "{\"DialogState\":{}}");
            await db.SaveChangesAsync();
        }

        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        async Task<ParticipantProfile> Profile(Participant p) => (await directory.GetAsync(p.Id))!;
        return new ParticipantDataDataset
        {
            IntercommunalityId = intercommunalityId,
            OtherIntercommunalityId = otherId,
            Merville = merville,
            Estaires = estaires,
            Administrator = await Profile(admin),
            OtherAdministrator = await Profile(otherAdmin),
            Paul = await Profile(paul),
            Sophie = await Profile(sophie),
            Marc = await Profile(marc),
            Jean = await Profile(jean),
            Claire = await Profile(claire),
        };
    }

    /// <summary>Every « table.column » of text whose value contains the needle (case aside), over the whole model.</summary>
    public static async Task<IReadOnlyList<string>> FindEverywhereAsync(TestDatabase database, string needle)
    {
        await using var db = database.Open();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var existing = await TablesAsync(db);
        var hits = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            // A table of the model that no migration creates yet holds nothing.
            if (entity.GetTableName() is not { } table || !existing.Contains(table))
            {
                continue;
            }
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                var column = property.GetColumnName(store)!;
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower(\"{column}\") LIKE @needle";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@needle";
                parameter.Value = $"%{needle.ToLowerInvariant()}%";
                command.Parameters.Add(parameter);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
                {
                    hits.Add($"{table}.{column}");
                }
            }
        }
        Assert.Contains("Participants", existing);
        return hits;
    }

    private static async Task<HashSet<string>> TablesAsync(AutoDiagDbContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }
}
