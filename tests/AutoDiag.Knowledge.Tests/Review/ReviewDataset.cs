using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Tests.Support;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Tests.Review;

/// <summary>
/// A known état des lieux in the demo intercommunalité, plus a second intercommunalité with one answer:
/// <list type="bullet">
/// <item>Merville (Anne, élu): bus → mobilité + jeunesse; doctor → automatic mobilité corrected by a person to santé;
/// « rien à signaler » on logement; « no problem with housing, but the young are bored » → jeunesse only (its logement tag
/// reports no difficulty); a resource starting with « = ». Both sections closed, risks mobilité élevé, jeunesse faible, santé modéré.</item>
/// <item>Estaires: Claude (élu) logement, risk faible, difficulties closed only; Bérénice (secrétaire) précarité + logement,
/// risk logement élevé only, both sections closed.</item>
/// <item>La Gorgue and the other communes: nothing.</item>
/// </list>
/// Answers are numbered 1 to 7 in recording order (one minute apart).
/// </summary>
public sealed class ReviewDataset
{
    public static readonly DateTime Start = new(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    public required int IntercommunalityId { get; init; }
    public required int OtherIntercommunalityId { get; init; }
    public required IReadOnlyDictionary<string, int> Communes { get; init; }
    public required int OtherCommuneId { get; init; }
    public required ParticipantProfile Anne { get; init; }
    public required ParticipantProfile Claude { get; init; }
    public required ParticipantProfile Berenice { get; init; }
    public required ParticipantProfile Consultant { get; init; }
    public required ParticipantProfile OtherConsultant { get; init; }
    /// <summary>Answer ids by number (1 to 7).</summary>
    public required IReadOnlyDictionary<int, long> Answers { get; init; }

    public const string FormulaText = "=1+1 Épicerie sociale « Le Panier » à Merville";

    public static async Task<ReviewDataset> CreateAsync(TestDatabase database)
    {
        var directory = new ParticipantDirectory(database.Factory, TimeProvider.System);
        await using var db = database.Open();
        var intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
        var communes = await db.Communes.ToDictionaryAsync(c => c.Name, c => c.Id);
        var other = new Intercommunality { Name = "CC Autre Territoire", Communes = [new Commune { Name = "Ailleurs" }] };
        db.Intercommunalities.Add(other);
        await db.SaveChangesAsync();
        var otherCommuneId = other.Communes[0].Id;

        Task<ParticipantProfile> Register(string name, ParticipantRole role, int interco, params int[] communeIds) =>
            directory.RegisterAsync(new Registration($"aad-{name}", name, role, interco, communeIds));
        var anne = await Register("Anne", ParticipantRole.Elu, intercommunalityId, communes["Merville"]);
        var claude = await Register("Claude", ParticipantRole.Elu, intercommunalityId, communes["Estaires"]);
        var berenice = await Register("Bérénice", ParticipantRole.SecretaireDeMairie, intercommunalityId, communes["Estaires"]);
        var consultant = await Register("Consultante", ParticipantRole.Consultant, intercommunalityId);
        var otherConsultant = await Register("Autre", ParticipantRole.Consultant, other.Id);
        var otherElu = await Register("Élu ailleurs", ParticipantRole.Elu, other.Id, otherCommuneId);

        var number = 0;
        var answers = new Dictionary<int, Answer>();
        Answer Add(ParticipantProfile who, int communeId, AnswerKind kind, string text, bool noDifficulty, params ThemeTag[] tags)
        {
            number++;
            var answer = new Answer
            {
                CommuneId = communeId,
                ParticipantId = who.Id,
                Kind = kind,
                Text = text,
                ReportsNoDifficulty = noDifficulty,
                RecordedAt = Start.AddMinutes(number),
                SourceActivityId = $"c|{number}",
                Tags = [.. tags],
            };
            answers[number] = answer;
            db.Answers.Add(answer);
            return answer;
        }
        static ThemeTag Auto(string theme, double confidence, bool noDifficulty = false) =>
            new() { ThemeId = theme, Confidence = confidence, Source = TagSource.Automatic, ReportsNoDifficulty = noDifficulty };
        static ThemeTag Human(string theme) => new() { ThemeId = theme, Confidence = 1, Source = TagSource.Human };

        var merville = communes["Merville"];
        var estaires = communes["Estaires"];
        Add(anne, merville, AnswerKind.Difficulty, "le car ne passe plus, les jeunes ne peuvent pas aller au lycée", false, Auto("mobilite", 0.9), Auto("jeunesse", 0.4));
        Add(anne, merville, AnswerKind.Difficulty, "plus de médecin depuis deux ans", false, Auto("mobilite", 0.7), Human("sante"));
        Add(anne, merville, AnswerKind.Difficulty, "Rien à signaler", true, Human("logement"));
        Add(anne, merville, AnswerKind.Difficulty, "pas de souci côté logement, mais les ados s'ennuient", false, Auto("jeunesse", 0.8), Auto("logement", 0.6, noDifficulty: true));
        Add(anne, merville, AnswerKind.Resource, FormulaText, false, Auto("precarite", 0.7), Auto("lien-social", 0.5));
        Add(claude, estaires, AnswerKind.Difficulty, "logements insalubres dans le centre", false, Auto("logement", 0.9));
        Add(berenice, estaires, AnswerKind.Difficulty, "familles isolées ; loyers trop chers", false, Auto("precarite", 0.8), Auto("logement", 0.7));
        db.Answers.Add(new Answer
        {
            CommuneId = otherCommuneId, ParticipantId = otherElu.Id, Kind = AnswerKind.Difficulty, Text = "pas de bus ailleurs",
            RecordedAt = Start.AddHours(1), SourceActivityId = "c|other", Tags = [Auto("mobilite", 0.9)],
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
        Risk(claude, estaires, "logement", RiskLevel.Faible);
        Risk(berenice, estaires, "logement", RiskLevel.Eleve, "=cmd|' /C calc'!A0");
        Risk(otherElu, otherCommuneId, "mobilite", RiskLevel.Eleve);

        void Done(ParticipantProfile who, int communeId, InterviewSection section) =>
            db.SectionCompletions.Add(new SectionCompletion { ParticipantId = who.Id, CommuneId = communeId, Section = section, CompletedAt = Start.AddMinutes(20) });
        Done(anne, merville, InterviewSection.Difficulties);
        Done(anne, merville, InterviewSection.Resources);
        Done(claude, estaires, InterviewSection.Difficulties);
        Done(berenice, estaires, InterviewSection.Difficulties);
        Done(berenice, estaires, InterviewSection.Resources);
        await db.SaveChangesAsync();

        return new ReviewDataset
        {
            IntercommunalityId = intercommunalityId,
            OtherIntercommunalityId = other.Id,
            Communes = communes,
            OtherCommuneId = otherCommuneId,
            Anne = anne,
            Claude = claude,
            Berenice = berenice,
            Consultant = consultant,
            OtherConsultant = otherConsultant,
            Answers = answers.ToDictionary(a => a.Key, a => a.Value.Id),
        };
    }
}
