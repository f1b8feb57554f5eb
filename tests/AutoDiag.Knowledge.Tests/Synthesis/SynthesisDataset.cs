using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.CommuneProfiles;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Synthesis;

/// <summary>
/// A known état des lieux of the demo CC Flandre Lys (8 communes, 40 239 inhabitants in 2019, 4 in the Nord and 4 in the
/// Pas-de-Calais), with the expected axes:
/// <list type="number">
/// <item>Mobilité — Merville (élevé, « la ligne ferme en juin »), Estaires (modéré), Lestrem (faible): score 3 + 2 + 1 = 6.
/// Estaires and Lestrem gave the same answer (up to punctuation): one excerpt citing both.</item>
/// <item>Santé — La Gorgue (élevé; its answer holds a &lt;script&gt;, Markdown and a link), Merville (modéré; its doctor
/// answer was tagged mobilité by the categoriser and corrected to santé by a person): score 3 + 2 = 5.</item>
/// <item>Logement — Estaires (faible from Claude, élevé from Bérénice): score 3.</item>
/// </list>
/// Jeunesse (Merville, faible) and Précarité (Estaires, no level) score 1, under a third of 6: other themes. Vieillissement
/// gets only « rien à signaler » (Haverskerque), a resource and a témoignage: no axis, no mention. Each témoignage adds 1
/// to the themes the communes raised: mobilité 7, santé 6, logement 4.
/// Témoignages: Mission Locale (automatic insertion-emploi, corrected by a person to mobilité), ADMR (vieillissement), Centre
/// social de Merville (santé, logement). Notes: a general one (two lines), one on vieillissement, one on mobilité. Calendar:
/// 28 mars 2017, 16 octobre 2017, 27 novembre 2017, restitution not dated, with a history. A second intercommunalité has
/// an answer, a témoignage and a note that must never show; a third has communes and no answer, no population of its own and a fiche commune with a population for each commune.
/// </summary>
public sealed class SynthesisDataset
{
    public static readonly DateTime Start = new(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public const string ScriptAnswer = "<script>alert('x')</script> Plus de dentiste **ni** de [kiné](http://evil.example) depuis 2023";
    public const string SharedTransportAnswer = "Pas de transport pour aller à Lille, les personnes sans permis sont bloquées";
    public const string GeneralNote = "Les élus veulent avancer vers un CIAS.\nLa coordination reste à construire.";
    public const string OtherTerritoryText = "Texte de l'autre territoire";

    public required int IntercommunalityId { get; init; }
    public required int OtherIntercommunalityId { get; init; }
    public required int EmptyIntercommunalityId { get; init; }
    public required IReadOnlyDictionary<string, int> Communes { get; init; }
    public required ParticipantProfile Anne { get; init; }
    public required ParticipantProfile Berenice { get; init; }
    public required ParticipantProfile Consultant { get; init; }
    public required ParticipantProfile OtherConsultant { get; init; }
    public required ParticipantProfile EmptyConsultant { get; init; }

    public static async Task<SynthesisDataset> CreateAsync(TestDatabase database)
    {
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        await using var db = database.Open();
        var intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
        var communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        var other = new Intercommunality { Name = "CC Autre Territoire", Communes = [new Commune { Name = "Ailleurs" }] };
        var empty = new Intercommunality { Name = "CC Sans Réponse", Communes = [new Commune { Name = "Un" }, new Commune { Name = "Deux" }] };
        db.Intercommunalities.AddRange(other, empty);
        await db.SaveChangesAsync();

        Task<ParticipantProfile> Register(string name, ParticipantRole role, int interco, params int[] communeIds) =>
            directory.RegisterAsync(new Registration($"aad-{name}", name, role, interco, communeIds));
        var anne = await Register("Anne", ParticipantRole.Elu, intercommunalityId, communes["Merville"]);
        var claude = await Register("Claude", ParticipantRole.Elu, intercommunalityId, communes["Estaires"]);
        var berenice = await Register("Bérénice", ParticipantRole.SecretaireDeMairie, intercommunalityId, communes["Estaires"]);
        var denis = await Register("Denis", ParticipantRole.Elu, intercommunalityId, communes["La Gorgue"], communes["Lestrem"]);
        var emma = await Register("Emma", ParticipantRole.Elu, intercommunalityId, communes["Haverskerque"]);
        var consultant = await Register("Consultante", ParticipantRole.Consultant, intercommunalityId);
        var otherConsultant = await Register("Autre", ParticipantRole.Consultant, other.Id);
        var otherElu = await Register("Élu ailleurs", ParticipantRole.Elu, other.Id, other.Communes[0].Id);
        var emptyConsultant = await Register("Vide", ParticipantRole.Consultant, empty.Id);

        var number = 0;
        void Add(ParticipantProfile who, int communeId, AnswerKind kind, string text, bool noDifficulty, params ThemeTag[] tags)
        {
            number++;
            db.Answers.Add(new Answer
            {
                CommuneId = communeId,
                ParticipantId = who.Id,
                Kind = kind,
                Text = text,
                ReportsNoDifficulty = noDifficulty,
                RecordedAt = Start.AddMinutes(number),
                SourceActivityId = $"c|{number}",
                Tags = [.. tags],
            });
        }
        static ThemeTag Auto(string theme, double confidence, bool noDifficulty = false) =>
            new() { ThemeId = theme, Confidence = confidence, Source = TagSource.Automatic, ReportsNoDifficulty = noDifficulty };
        static ThemeTag Human(string theme) => new() { ThemeId = theme, Confidence = 1, Source = TagSource.Human };

        var merville = communes["Merville"];
        var estaires = communes["Estaires"];
        var laGorgue = communes["La Gorgue"];
        var lestrem = communes["Lestrem"];
        var haverskerque = communes["Haverskerque"];
        Add(anne, merville, AnswerKind.Difficulty, "le car ne passe plus, les jeunes ne peuvent pas aller au lycée", false, Auto("mobilite", 0.9), Auto("jeunesse", 0.4));
        Add(anne, merville, AnswerKind.Difficulty, "plus de médecin depuis deux ans", false, Auto("mobilite", 0.7), Human("sante"));
        Add(anne, merville, AnswerKind.Difficulty, "pas de souci côté logement, mais les ados s'ennuient", false, Auto("jeunesse", 0.8), Auto("logement", 0.6, noDifficulty: true));
        Add(anne, merville, AnswerKind.Resource, "Transport solidaire assuré par des bénévoles du CCAS", false, Auto("mobilite", 0.8), Auto("gouvernance", 0.3));
        Add(claude, estaires, AnswerKind.Difficulty, SharedTransportAnswer, false, Auto("mobilite", 0.9));
        Add(claude, estaires, AnswerKind.Difficulty, "logements insalubres dans le centre", false, Auto("logement", 0.9));
        Add(claude, estaires, AnswerKind.Resource, "=1+1 Épicerie sociale « Le Panier »", false, Auto("precarite", 0.7));
        Add(berenice, estaires, AnswerKind.Difficulty, "familles isolées ; loyers trop chers", false, Auto("precarite", 0.8), Auto("logement", 0.7));
        Add(denis, lestrem, AnswerKind.Difficulty, SharedTransportAnswer.ToUpperInvariant() + " !", false, Auto("mobilite", 0.9));
        Add(denis, laGorgue, AnswerKind.Difficulty, ScriptAnswer, false, Auto("sante", 0.9));
        Add(emma, haverskerque, AnswerKind.Difficulty, "Rien à signaler", true, Human("vieillissement"));
        Add(emma, haverskerque, AnswerKind.Resource, "L'ADMR passe chez les personnes âgées", false, Auto("vieillissement", 0.9));
        db.Answers.Add(new Answer
        {
            CommuneId = other.Communes[0].Id, ParticipantId = otherElu.Id, Kind = AnswerKind.Difficulty, Text = OtherTerritoryText,
            RecordedAt = Start.AddHours(1), SourceActivityId = "c|other", Tags = [Auto("vieillissement", 0.9)],
        });

        void Risk(ParticipantProfile who, int communeId, string theme, RiskLevel level, string? comment = null) =>
            db.RiskAssessments.Add(new RiskAssessment
            {
                ParticipantId = who.Id, CommuneId = communeId, ThemeId = theme, Level = level, Comment = comment,
                RecordedAt = Start.AddMinutes(30), SourceActivityId = $"r|{who.Id}|{communeId}|{theme}",
            });
        Risk(anne, merville, "mobilite", RiskLevel.Eleve, "la ligne ferme en juin");
        Risk(anne, merville, "jeunesse", RiskLevel.Faible);
        Risk(anne, merville, "sante", RiskLevel.Modere);
        Risk(claude, estaires, "mobilite", RiskLevel.Modere);
        Risk(claude, estaires, "logement", RiskLevel.Faible);
        Risk(berenice, estaires, "logement", RiskLevel.Eleve, "des expulsions annoncées");
        Risk(denis, lestrem, "mobilite", RiskLevel.Faible);
        Risk(denis, laGorgue, "sante", RiskLevel.Eleve);
        Risk(otherElu, other.Communes[0].Id, "vieillissement", RiskLevel.Eleve, OtherTerritoryText);

        void Profile(int communeId, string services, string? associations, string associationThemes, int minutes) =>
            db.CommuneProfileRevisions.Add(new CommuneProfileRevision
            {
                CommuneId = communeId, Services = services, Associations = associations, AssociationThemes = associationThemes,
                ChangedByParticipantId = berenice.Id, ChangedAt = Start.AddMinutes(minutes),
            });
        Profile(estaires, "ecole", null, string.Empty, 1);
        Profile(estaires, "transport-demande,medecin", null, string.Empty, 2); // the latest: no école any more
        Profile(merville, "pharmacie", "Club des aînés, Restos du Cœur", "vieillissement,precarite", 3);
        Profile(laGorgue, string.Empty, "Association Santé pour tous", "sante", 4);
        // The intercommunalité without answers has no population of its own, but both its communes have a fiche.
        foreach (var (commune, population, year) in new[] { (empty.Communes[0], 1200, 2021), (empty.Communes[1], 800, 2022) })
        {
            db.CommuneProfileRevisions.Add(new CommuneProfileRevision
            {
                CommuneId = commune.Id, Population = population, PopulationYear = year, ChangedByParticipantId = emptyConsultant.Id, ChangedAt = Start,
            });
        }

        void Testimony(int interco, string structure, string? perceptions, string? enjeux, string? preconisations, int minutes, params TestimonyTag[] tags) =>
            db.Testimonies.Add(new Testimony
            {
                IntercommunalityId = interco, Structure = structure, Perceptions = perceptions, Enjeux = enjeux,
                Preconisations = preconisations, RecordedByParticipantId = interco == intercommunalityId ? consultant.Id : otherConsultant.Id,
                RecordedAt = Start.AddDays(1).AddMinutes(minutes), Tags = [.. tags],
            });
        static TestimonyTag TAuto(string theme, double confidence) => new() { ThemeId = theme, Confidence = confidence, Source = TagSource.Automatic };
        static TestimonyTag THuman(string theme) => new() { ThemeId = theme, Confidence = 1, Source = TagSource.Human };
        Testimony(intercommunalityId, "Mission Locale", "Des jeunes motivés", "Les jeunes renoncent à des formations faute de transport",
            "- Développer l'aide au permis de conduire\n- Créer une plateforme mobilité", 1, TAuto("insertion-emploi", 0.9), THuman("mobilite"));
        Testimony(intercommunalityId, "ADMR", "Les aidants sont épuisés", null, "Renforcer l'aide aux aidants", 2, TAuto("vieillissement", 0.9));
        Testimony(intercommunalityId, "Centre social de Merville", "Beaucoup de renoncement aux soins", null,
            "Organiser une permanence de la CPAM", 3, TAuto("sante", 0.8), TAuto("logement", 0.5));
        Testimony(other.Id, "Structure ailleurs", OtherTerritoryText, OtherTerritoryText, OtherTerritoryText, 4, TAuto("vieillissement", 0.9));

        void Note(int interco, string? theme, string text, int minutes) =>
            db.ConsultantNotes.Add(new ConsultantNote
            {
                IntercommunalityId = interco, ThemeId = theme, Text = text,
                AuthorParticipantId = interco == intercommunalityId ? consultant.Id : otherConsultant.Id, WrittenAt = Start.AddDays(2).AddMinutes(minutes),
            });
        Note(intercommunalityId, "mobilite", "Priorité exprimée en plénière", 1);
        Note(intercommunalityId, null, GeneralNote, 2);
        Note(intercommunalityId, "vieillissement", "À creuser avec l'ADMR", 3);
        Note(other.Id, null, OtherTerritoryText, 4);

        db.DemarcheCalendars.Add(new DemarcheCalendar
        {
            IntercommunalityId = intercommunalityId,
            PresentationAuxElus = new DateOnly(2017, 3, 28),
            AteliersRessourcesDifficultes = new DateOnly(2017, 10, 16),
            SoireeTemoignages = new DateOnly(2017, 11, 27),
            History = "Créée en 1992, elle a démarré composée de 4 communes pour arriver à 8 aujourd'hui.",
            UpdatedByParticipantId = consultant.Id,
            UpdatedAt = Start,
        });
        await db.SaveChangesAsync();

        return new SynthesisDataset
        {
            IntercommunalityId = intercommunalityId,
            OtherIntercommunalityId = other.Id,
            EmptyIntercommunalityId = empty.Id,
            Communes = communes,
            Anne = anne,
            Berenice = berenice,
            Consultant = consultant,
            OtherConsultant = otherConsultant,
            EmptyConsultant = emptyConsultant,
        };
    }
}
