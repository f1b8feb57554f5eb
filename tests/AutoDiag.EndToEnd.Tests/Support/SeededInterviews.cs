using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AutoDiag.EndToEnd.Tests.Support;

/// <summary>
/// A SQLite file as the bot would hold it « after a few interviews »: the demo CC Flandre Lys (seeded by the
/// knowledge's own <see cref="DatabaseInitializer"/>), three élus who answered for five of its eight communes —
/// difficulties and resources with the themes the categoriser would give, risk levels with their reasons, the
/// sections they closed — and the consultant who reviews them in the Agents Playground, registered under the
/// playground user's Teams id. Written through EF directly, before the bot starts on the file.
/// </summary>
public static class SeededInterviews
{
    /// <summary>The Agents Playground's user is always this Teams user (<c>from.aadObjectId</c>).</summary>
    public const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";

    public const string Intercommunality = "CC Flandre Lys";
    public const string ConsultantName = "Claire Vasseur";

    /// <summary>
    /// The answer the consultant corrects in the script (tests/e2e/scripts/consultant-review.json names its toggles
    /// « theme:{themeId}:{answerId} »): Merville's car timetables, tagged Mobilité only where it is also about
    /// jobs. The newest Mobilité answer, so on the first page of the theme. Ids are set here (1001, 1002… in the order
    /// below), not left to SQLite.
    /// </summary>
    public const long CorrectedAnswerId = 1017;
    public const string CorrectedAnswerText = "Les horaires du car ne collent pas avec ceux des usines de la zone : les intérimaires sans voiture perdent leur mission";
    public static readonly IReadOnlyList<string> CorrectedThemes = ["mobilite", "insertion-emploi"];

    /// <summary>The communes whose difficulties are about mobility, hence the sources of the fiche's mobility axis.</summary>
    public static readonly IReadOnlyList<string> MobilityCommunes = ["Estaires", "La Gorgue", "Haverskerque", "Merville", "Laventie"];

    private sealed record Elu(string Name, string[] Communes);

    private sealed record Said(string Commune, AnswerKind Kind, string Text, string[] Themes, int Day, bool Nothing = false);

    private sealed record Risk(string Commune, string Theme, RiskLevel Level, string? Comment);

    private static readonly Elu Marie = new("Marie Delattre", ["Estaires", "La Gorgue"]);
    private static readonly Elu Bernard = new("Bernard Lemaire", ["Merville", "Haverskerque"]);
    private static readonly Elu Sylvie = new("Sylvie Catteau", ["Laventie"]);

    private const AnswerKind D = AnswerKind.Difficulty;
    private const AnswerKind R = AnswerKind.Resource;

    /// <summary>Per élu, in the order they said it; <c>Day</c> is the day of November 2026.</summary>
    private static readonly (Elu Elu, Said[] Answers, Risk[] Risks)[] Interviews =
    [
        (Marie,
        [
            new("Estaires", D, "Les jeunes sans permis ne peuvent pas aller à la Mission Locale d'Hazebrouck, il n'y a pas de bus direct", ["mobilite", "jeunesse", "insertion-emploi"], 3),
            new("Estaires", D, "Il n'y a plus de médecin généraliste depuis deux ans, les gens vont aux urgences d'Armentières", ["sante"], 3),
            new("Estaires", D, "Des familles monoparentales en grande précarité, de plus en plus d'impayés de cantine", ["precarite", "jeunesse"], 3),
            new("Estaires", R, "Le transport à la demande de la CCFL fonctionne du lundi au vendredi", ["mobilite"], 3),
            new("Estaires", R, "Le centre social aide les habitants dans leurs démarches administratives en ligne", ["acces-aux-droits"], 3),
            new("Estaires", D, "Rien à signaler", ["logement"], 3, Nothing: true),
            new("La Gorgue", D, "Le bus ne passe plus le samedi : les personnes âgées ne peuvent plus aller au marché d'Estaires", ["mobilite", "vieillissement"], 4),
            new("La Gorgue", D, "Les personnes âgées isolées n'ont plus de visites depuis la fermeture du club des aînés", ["vieillissement", "lien-social"], 4),
            new("La Gorgue", R, "L'ADMR assure le portage des repas et l'aide à domicile", ["vieillissement"], 4),
        ],
        [
            new("Estaires", "mobilite", RiskLevel.Eleve, "Sans permis, pas d'emploi : la Mission Locale est à vingt kilomètres"),
            new("Estaires", "jeunesse", RiskLevel.Modere, null),
            new("Estaires", "insertion-emploi", RiskLevel.Modere, null),
            new("Estaires", "sante", RiskLevel.Eleve, "Le dernier médecin part à la retraite l'an prochain"),
            new("Estaires", "precarite", RiskLevel.Modere, null),
            new("La Gorgue", "mobilite", RiskLevel.Modere, null),
            new("La Gorgue", "vieillissement", RiskLevel.Eleve, "De plus en plus d'aînés vivent seuls dans des maisons trop grandes"),
            new("La Gorgue", "lien-social", RiskLevel.Faible, null),
        ]),
        (Bernard,
        [
            new("Merville", D, "Pas de transport pour aller aux consultations de l'hôpital, les rendez-vous sont manqués", ["mobilite", "sante"], 9),
            new("Merville", D, "Les jeunes décrochent du lycée professionnel et traînent sans activité", ["jeunesse"], 9),
            new("Merville", D, "Des logements insalubres loués à des familles en difficulté", ["logement", "precarite"], 9),
            new("Merville", R, "Un garage solidaire vient d'ouvrir et loue des voitures à petit prix", ["mobilite", "insertion-emploi"], 9),
            new("Haverskerque", D, "Le hameau est enclavé, ni bus ni transport à la demande", ["mobilite"], 10),
            new("Haverskerque", D, "Les aînés ne savent pas faire leurs démarches en ligne depuis la fermeture de la trésorerie", ["acces-aux-droits", "vieillissement"], 10),
            new("Haverskerque", R, "La bibliothèque propose un atelier numérique le mardi", ["acces-aux-droits", "lien-social"], 10),
            new("Merville", D, CorrectedAnswerText, ["mobilite"], 16),
        ],
        [
            new("Merville", "mobilite", RiskLevel.Eleve, "La ligne de car vers Armentières s'arrête en juin"),
            new("Merville", "sante", RiskLevel.Modere, null),
            new("Merville", "jeunesse", RiskLevel.Modere, "Les éducateurs de rue ne viennent plus qu'une fois par mois"),
            new("Merville", "logement", RiskLevel.Eleve, null),
            new("Merville", "precarite", RiskLevel.Modere, null),
            new("Haverskerque", "mobilite", RiskLevel.Modere, null),
            new("Haverskerque", "acces-aux-droits", RiskLevel.Modere, null),
            new("Haverskerque", "vieillissement", RiskLevel.Faible, null),
        ]),
        (Sylvie,
        [
            new("Laventie", D, "Les familles sans voiture ne peuvent pas aller à l'épicerie sociale d'Estaires", ["mobilite", "precarite"], 12),
            new("Laventie", D, "Six mois d'attente pour un rendez-vous au centre médico-psychologique", ["sante"], 12),
            new("Laventie", R, "Les bénévoles du club de football font du covoiturage pour les jeunes", ["mobilite", "jeunesse", "lien-social"], 12),
        ],
        [
            new("Laventie", "mobilite", RiskLevel.Faible, null),
            new("Laventie", "precarite", RiskLevel.Modere, null),
            new("Laventie", "sante", RiskLevel.Eleve, "Les situations de détresse psychologique se multiplient chez les jeunes"),
        ]),
    ];

    /// <summary>Creates, migrates and fills the file; no pooled connection stays open on it afterwards.</summary>
    public static async Task CreateAsync(string databasePath)
    {
        var options = new DbContextOptionsBuilder<SqliteAutoDiagDbContext>().UseSqlite($"Data Source={databasePath}").Options;
        IDbContextFactory<AutoDiagDbContext> factory = new AutoDiagDbContextFactory<SqliteAutoDiagDbContext>(new PooledDbContextFactory<SqliteAutoDiagDbContext>(options));
        try
        {
            await new DatabaseInitializer(factory).InitializeAsync();
            await using var db = await factory.CreateDbContextAsync();
            var intercommunality = await db.Intercommunalities.Include(i => i.Communes).SingleAsync(i => i.Name == Intercommunality);
            var communes = intercommunality.Communes.ToDictionary(c => c.Name, c => c.Id);

            var participants = Interviews.Select(i => new Participant
            {
                DisplayName = i.Elu.Name,
                Role = ParticipantRole.Elu,
                IntercommunalityId = intercommunality.Id,
                Communes = i.Elu.Communes.Select((name, position) => new ParticipantCommune { CommuneId = communes[name], Position = position }).ToList(),
                CreatedAt = November(2, 9),
            }).ToList();
            // Registered as ParticipantDirectory.RegisterAsync does, under the playground user's Teams id.
            participants.Add(new Participant
            {
                ChannelUserId = PlaygroundUser,
                DisplayName = ConsultantName,
                Role = ParticipantRole.Consultant,
                IntercommunalityId = intercommunality.Id,
                CreatedAt = November(2, 8),
            });
            db.Participants.AddRange(participants);
            await db.SaveChangesAsync();

            var answerId = 1000L;
            var activity = 0;
            foreach (var ((elu, said, risks), participant) in Interviews.Zip(participants))
            {
                foreach (var answer in said)
                {
                    answerId++;
                    activity++;
                    if (answer.Text == CorrectedAnswerText && answerId != CorrectedAnswerId)
                    {
                        throw new InvalidOperationException($"The corrected answer is number {answerId}: update {nameof(CorrectedAnswerId)} and the script.");
                    }
                    var confidence = 0.92;
                    db.Answers.Add(new Answer
                    {
                        Id = answerId,
                        CommuneId = communes[answer.Commune],
                        ParticipantId = participant.Id,
                        Kind = answer.Kind,
                        Text = answer.Text,
                        ReportsNoDifficulty = answer.Nothing,
                        RecordedAt = November(answer.Day, 18).AddMinutes(activity),
                        SourceActivityId = $"seed-conversation|{activity}",
                        // As the bot stores them: the categoriser's themes, most confident first; « Rien à signaler » as a person's tag.
                        Tags = answer.Themes.Select(theme => new ThemeTag
                        {
                            ThemeId = theme,
                            Confidence = answer.Nothing ? 1 : confidence -= 0.17,
                            Source = answer.Nothing ? TagSource.Human : TagSource.Automatic,
                            ReportsNoDifficulty = answer.Nothing,
                        }).ToList(),
                    });
                }

                foreach (var risk in risks)
                {
                    activity++;
                    db.RiskAssessments.Add(new RiskAssessment
                    {
                        CommuneId = communes[risk.Commune],
                        ParticipantId = participant.Id,
                        ThemeId = risk.Theme,
                        Level = risk.Level,
                        Comment = risk.Comment,
                        RecordedAt = November(said.Where(a => a.Commune == risk.Commune).Max(a => a.Day), 19).AddMinutes(activity),
                        SourceActivityId = $"seed-conversation|{activity}",
                    });
                }

                foreach (var commune in elu.Communes)
                {
                    var day = said.Where(a => a.Commune == commune).Max(a => a.Day);
                    db.SectionCompletions.Add(new SectionCompletion { ParticipantId = participant.Id, CommuneId = communes[commune], Section = InterviewSection.Difficulties, CompletedAt = November(day, 18, 50) });
                    // Sylvie Catteau has not closed Laventie's resources yet: the matrix shows 0/1 there.
                    if (elu != Sylvie)
                    {
                        db.SectionCompletions.Add(new SectionCompletion { ParticipantId = participant.Id, CommuneId = communes[commune], Section = InterviewSection.Resources, CompletedAt = November(day, 18, 55) });
                    }
                }
            }
            await db.SaveChangesAsync();
        }
        finally
        {
            // The bot opens the file next: nothing of ours may hold it.
            SqliteConnection.ClearAllPools();
        }
    }

    private static DateTime November(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, DateTimeKind.Utc);
}
