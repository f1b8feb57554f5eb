using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>An élu goes through the whole état des lieux for two communes, cards included, on each database provider.</summary>
public abstract class EluInterviewTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(provider);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_elu_completes_two_communes_and_everything_is_stored()
    {
        var elu = host.Conversation("aad-elu-merville");

        // Welcome and onboarding
        var welcome = await elu.JoinAsync();
        welcome.Said("Bonjour, je suis AutoDiag social");
        Assert.Equal(["Élu(e)", "Secrétaire de mairie", "Consultant(e)"], welcome.Question().SuggestedActions);
        Assert.Equal(["CC Flandre Lys"], (await elu.SayAsync("Élu")).Question().SuggestedActions);

        var communesCard = (await elu.SayAsync("CC Flandre Lys")).Question();
        Assert.Equal(
            ["Estaires", "Fleurbaix", "Haverskerque", "La Gorgue", "Laventie", "Lestrem", "Merville", "Sailly-sur-la-Lys"],
            communesCard.CardChoices);
        var submit = (JObject)communesCard.SubmitData.DeepClone();
        submit["communes"] = $"{communesCard.CardChoiceValue("Merville")},{communesCard.CardChoiceValue("Estaires")}";
        (await elu.SubmitAsync(submit)).Said("Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville et Estaires. C'est bien cela ?");

        // Merville (a): difficulties, several messages, themes shown back
        var first = await elu.SayAsync("Oui");
        first.Said("Commune 1/2 · Merville · difficultés");
        first.Said("Quelles difficultés sociales observez-vous à Merville ?");
        Assert.Equal(["J'ai terminé"], first.Question().SuggestedActions);

        var permis = await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale");
        permis.Said("Noté — Mobilité, Insertion et emploi, Jeunesse.");
        permis.Said("Commune 1/2 · Merville · difficultés");
        permis.Said("Une autre difficulté ?");
        (await elu.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");

        // (b) resources
        var resources = await elu.SayAsync("J'ai terminé");
        resources.Said("Commune 1/2 · Merville · ressources");
        (await elu.SayAsync("Le CCAS distribue des colis alimentaires")).Said("Noté — Précarité, Gouvernance.");

        // (c) risk of aggravation, for each theme the difficulties touched, in the taxonomy's order
        var jeunesseRisk = (await elu.SayAsync("J'ai terminé")).Question();
        // Four themes raised: the élu sees how many risk questions are left.
        Assert.Contains("Commune 1/2 · Merville · risque d'aggravation · thème 1/4", jeunesseRisk.Text);
        Assert.Contains("Jeunesse à Merville : quel est le risque que la situation s'aggrave ?", jeunesseRisk.Text);
        // The difficulty that raised the theme, recalled above the question (the latest one: here the only one).
        Assert.Contains("Vous avez signalé : « Les jeunes sans permis ne peuvent pas aller à la Mission Locale »", jeunesseRisk.Text);
        Assert.Equal(["Faible", "Modéré", "Élevé"], jeunesseRisk.CardChoices);
        var riskSubmit = (JObject)jeunesseRisk.SubmitData.DeepClone();
        riskSubmit["level"] = "eleve";
        riskSubmit["comment"] = "Le club de jeunes a fermé";
        (await elu.SubmitAsync(riskSubmit)).Said("Noté : risque élevé pour « Jeunesse ».");
        (await elu.SayAsync("modéré, le bus passe deux fois par jour")).Said("Noté : risque modéré pour « Mobilité ».");
        (await elu.SayAsync("faible")).Said("Noté : risque faible pour « Insertion et emploi ».");
        var coverage = await elu.SayAsync("3");
        var precariteRisk = elu.Transcript.Last(r => r.Text.Contains("Précarité à Merville", StringComparison.Ordinal)).Text;
        Assert.Contains("Vous avez signalé : « Beaucoup de familles au RSA »", precariteRisk);
        Assert.Contains("· risque d'aggravation · thème 4/4", precariteRisk);
        coverage.Said("Noté : risque élevé pour « Précarité ».");

        // (d) the main themes nothing was said about: one tap, or a difficulty (then its risk)
        coverage.Said("Commune 1/2 · Merville · thèmes non abordés");
        coverage.Said("Rien n'est noté sur le thème « Vieillissement » à Merville.");
        Assert.Equal(["Rien à signaler"], coverage.Question().SuggestedActions);
        (await elu.SayAsync("Rien à signaler")).Said("Rien n'est noté sur le thème « Santé » à Merville.");
        var santeRisk = await elu.SayAsync("Le médecin part à la retraite l'an prochain");
        santeRisk.Said("Noté — Santé.");
        santeRisk.Said("Santé à Merville : quel est le risque que la situation s'aggrave ?");
        (await elu.SayAsync("élevé")).Said("Rien n'est noté sur le thème « Accès aux droits » à Merville.");

        var estaires = await elu.SayAsync("RAS");
        estaires.Said("Merville : c'est terminé. Au total : 3 difficultés, 1 ressource et 5 niveaux de risque. Passons à Estaires (2/2).");
        estaires.Said("Commune 2/2 · Estaires · difficultés");

        // Estaires, quickly
        (await elu.SayAsync("Les personnes âgées isolées")).Said("Noté — Vieillissement, Lien social.");
        (await elu.SayAsync("J'ai terminé")).Said("Merci, c'est noté.");
        // Nothing given to the question: said back, lest « rien » be a slip.
        var noResource = await elu.SayAsync("rien");
        noResource.Said("C'est noté : aucune ressource à Estaires.");
        noResource.Said("Vieillissement à Estaires : quel est le risque");
        (await elu.SayAsync("faible")).Said("Lien social à Estaires : quel est le risque");
        (await elu.SayAsync("modéré")).Said("« Jeunesse » à Estaires");
        (await elu.SayAsync("ras")).Said("« Mobilité » à Estaires");
        (await elu.SayAsync("ras")).Said("« Santé » à Estaires");
        (await elu.SayAsync("ras")).Said("« Accès aux droits » à Estaires");
        var end = await elu.SayAsync("Rien à signaler");
        end.Said("Estaires : c'est terminé. Au total : 1 difficulté, aucune ressource et 2 niveaux de risque.");
        end.Said("Merci ! L'état des lieux est complet pour Merville et Estaires.");
        var pistes = end.Said("Ce que d'autres territoires ont fait sur ces sujets :");
        var citations = pistes.Text.Split('\n').Skip(1).ToList();
        Assert.InRange(citations.Count, 1, 4);
        Assert.All(citations, c => Assert.Matches("^• (CC|CA|Communauté) .+ — .+", c));
        Assert.DoesNotContain(citations, c => c.Contains("Flandre Lys", StringComparison.Ordinal));

        await AssertStoredAsync();
    }

    private async Task AssertStoredAsync()
    {
        await using var db = host.OpenDatabase();
        var participant = await db.Participants.Include(p => p.Communes).ThenInclude(c => c.Commune).SingleAsync();
        Assert.Equal("aad-elu-merville", participant.ChannelUserId);
        Assert.Equal(ParticipantRole.Elu, participant.Role);
        Assert.Equal(["Merville", "Estaires"], participant.Communes.OrderBy(c => c.Position).Select(c => c.Commune!.Name));

        var merville = participant.Communes.Single(c => c.Commune!.Name == "Merville").CommuneId;
        var estaires = participant.Communes.Single(c => c.Commune!.Name == "Estaires").CommuneId;
        var answers = await db.Answers.Include(a => a.Tags).OrderBy(a => a.Id).ToListAsync();

        string[] Themes(Answer a) => a.Effective().ToArray();
        Assert.Collection(answers,
            a => { Assert.Equal((merville, AnswerKind.Difficulty), (a.CommuneId, a.Kind)); Assert.Equal("Les jeunes sans permis ne peuvent pas aller à la Mission Locale", a.Text); Assert.Equal(["mobilite", "insertion-emploi", "jeunesse"], Themes(a)); },
            a => { Assert.Equal("Beaucoup de familles au RSA", a.Text); Assert.Equal(["precarite"], Themes(a)); },
            a => { Assert.Equal((merville, AnswerKind.Resource), (a.CommuneId, a.Kind)); Assert.Equal(["precarite", "gouvernance"], Themes(a)); },
            a => { Assert.Equal("Rien à signaler", a.Text); Assert.True(a.ReportsNoDifficulty); Assert.Equal(["vieillissement"], Themes(a)); },
            a => { Assert.Equal("Le médecin part à la retraite l'an prochain", a.Text); Assert.False(a.ReportsNoDifficulty); Assert.Equal("sante", Themes(a)[0]); },
            a => { Assert.True(a.ReportsNoDifficulty); Assert.Equal(["acces-aux-droits"], Themes(a)); },
            a => { Assert.Equal((estaires, AnswerKind.Difficulty), (a.CommuneId, a.Kind)); Assert.Equal(["vieillissement", "lien-social"], Themes(a)); },
            a => Assert.Equal(["jeunesse"], Themes(a)),
            a => Assert.Equal(["mobilite"], Themes(a)),
            a => Assert.Equal(["sante"], Themes(a)),
            a => Assert.Equal(["acces-aux-droits"], Themes(a)));
        Assert.All(answers, a => Assert.Equal(participant.Id, a.ParticipantId));
        Assert.All(answers, a => Assert.NotEmpty(a.Tags));

        var risks = await db.RiskAssessments.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(
            [
                (merville, "jeunesse", RiskLevel.Eleve, "Le club de jeunes a fermé"),
                (merville, "mobilite", RiskLevel.Modere, "le bus passe deux fois par jour"),
                (merville, "insertion-emploi", RiskLevel.Faible, null),
                (merville, "precarite", RiskLevel.Eleve, null),
                (merville, "sante", RiskLevel.Eleve, null),
                (estaires, "vieillissement", RiskLevel.Faible, null),
                (estaires, "lien-social", RiskLevel.Modere, null),
            ],
            risks.Select(r => (r.CommuneId, r.ThemeId, r.Level, r.Comment)));

        var sections = await db.SectionCompletions.Select(s => new { s.CommuneId, s.Section }).ToListAsync();
        Assert.Equal(4, sections.Count);
        Assert.Contains(sections, s => s.CommuneId == estaires && s.Section == InterviewSection.Resources);
    }
}

public sealed class SqliteEluInterviewTests() : EluInterviewTests(DatabaseProvider.Sqlite);

public sealed class PostgresEluInterviewTests() : EluInterviewTests(DatabaseProvider.Postgres);
