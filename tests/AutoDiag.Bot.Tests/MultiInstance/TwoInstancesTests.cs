using AutoDiag.Bot.Storage;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.StateStore;
using AutoDiag.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Bot.Tests.MultiInstance;

/// <summary>
/// Two instances of the bot (two hosts, each with its own services and caches) on one PostgreSQL database, as
/// behind a load balancer: a conversation's turns go to either, in turn or at the same time. Nothing is lost,
/// nothing is recorded twice, and every state conflict is resolved (a conflict left unresolved fails the turn).
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private const string ErrorMessage = "Désolé, quelque chose s'est mal passé";

    private readonly Rendezvous rendezvous = new();
    private PostgresTestDatabase database = null!;
    private BotTestHost first = null!;
    private BotTestHost second = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresTestServer.CreateDatabaseAsync();
        first = await StartInstanceAsync();
        second = await StartInstanceAsync();
    }

    /// <summary>The bot's own storage, behind a meeting point the tests arm to make two turns race for sure.</summary>
    private Task<BotTestHost> StartInstanceAsync() =>
        BotTestHost.StartAsync(
            settings: BotTestHost.PostgresSettings(database.ConnectionString),
            configureServices: services => services.AddSingleton<IConversationStateStorage>(sp =>
                new RendezvousStorage(sp.GetRequiredService<EntityFrameworkStorage>(), rendezvous)));

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task An_elu_whose_turns_alternate_between_the_instances_goes_through_the_interview()
    {
        var elu = new LoadBalancedConversation([first, second], "aad-elu-alternating");

        (await elu.SayAsync("bonjour")).Said("Bonjour, je suis AutoDiag social");
        await elu.SayAsync("Élu");
        await elu.SayAsync("CC Flandre Lys");
        (await elu.SayAsync("Merville")).Said("pour Merville. C'est bien cela ?");
        (await elu.SayAsync("oui")).Said("Commune 1/1 · Merville · difficultés");
        (await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale")).Said("Noté — Mobilité, Insertion et emploi, Jeunesse.");
        (await elu.SayAsync("Beaucoup de familles au RSA", activityId: "teams-rsa")).Said("Noté — Précarité.");
        // The channel redelivers that message, to the other instance: recognised, not recorded again.
        Assert.Empty(await elu.RedeliverAsync("Beaucoup de familles au RSA", activityId: "teams-rsa"));
        (await elu.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        (await elu.SayAsync("Le CCAS distribue des colis alimentaires")).Said("Noté — Précarité, Gouvernance.");
        (await elu.SayAsync("J'ai terminé")).Said("Jeunesse à Merville : quel est le risque que la situation s'aggrave ?");
        (await elu.SayAsync("élevé")).Said("Noté : risque élevé pour « Jeunesse ».");
        (await elu.SayAsync("modéré")).Said("Noté : risque modéré pour « Mobilité ».");
        (await elu.SayAsync("faible")).Said("Noté : risque faible pour « Insertion et emploi ».");
        (await elu.SayAsync("élevé")).Said("Rien n'est noté sur le thème « Vieillissement » à Merville.");
        (await elu.SayAsync("Rien à signaler")).Said("« Santé » à Merville");
        (await elu.SayAsync("Rien à signaler")).Said("« Accès aux droits » à Merville");
        var end = await elu.SayAsync("Rien à signaler");
        end.Said("Merville : c'est terminé. Au total : 2 difficultés, 1 ressource et 4 niveaux de risque.");
        end.Said("Merci !");

        Assert.DoesNotContain(elu.Transcript, r => r.Text.Contains(ErrorMessage, StringComparison.Ordinal));
        Assert.True(elu.TurnsOn.All(turns => turns > 5), "Both instances took turns.");
        Assert.Equal(0, rendezvous.Conflicts); // one turn after the other: each instance reads what the other saved
        await using var db = first.OpenDatabase();
        var participant = await db.Participants.SingleAsync();
        Assert.Equal(
            [
                "Les jeunes sans permis ne peuvent pas aller à la Mission Locale", "Beaucoup de familles au RSA",
                "Le CCAS distribue des colis alimentaires", "Rien à signaler", "Rien à signaler", "Rien à signaler",
            ],
            await db.Answers.OrderBy(a => a.Id).Select(a => a.Text).ToListAsync());
        Assert.Equal(
            [("jeunesse", RiskLevel.Eleve), ("mobilite", RiskLevel.Modere), ("insertion-emploi", RiskLevel.Faible), ("precarite", RiskLevel.Eleve)],
            (await db.RiskAssessments.OrderBy(r => r.Id).ToListAsync()).Select(r => (r.ThemeId, r.Level)));
        Assert.All(await db.Answers.ToListAsync(), a => Assert.Equal(participant.Id, a.ParticipantId));
        Assert.Equal(2, await db.SectionCompletions.CountAsync());
    }

    [Fact]
    public async Task Two_elus_of_the_same_commune_answer_at_the_same_time_on_both_instances()
    {
        var merville = await RegisterElusOfMervilleAsync("aad-elu-1", "aad-elu-2");
        var one = new LoadBalancedConversation([first, second], "aad-elu-1");
        var two = new LoadBalancedConversation([second, first], "aad-elu-2");

        var transcripts = await Task.WhenAll(
            Task.Run(() => PlayAsync(one, ["Beaucoup de familles au RSA", "Le bus ne passe plus le samedi", "Les personnes âgées isolées"], "Le CCAS distribue des colis alimentaires")),
            Task.Run(() => PlayAsync(two, ["Plus de médecin depuis 2019", "Les familles monoparentales manquent de solutions de garde.", "Le bus ne passe plus le samedi le soir"], "La médiathèque accueille les familles")));

        Assert.All(transcripts.SelectMany(t => t), r => Assert.DoesNotContain(ErrorMessage, r.Text));
        await using var db = first.OpenDatabase();
        var byParticipant = (await db.Answers.Include(a => a.Tags).OrderBy(a => a.Id).ToListAsync())
            .Join(await db.Participants.ToListAsync(), a => a.ParticipantId, p => p.Id, (a, p) => (p.ChannelUserId, a.Text, a.Kind, a.CommuneId))
            .GroupBy(a => a.ChannelUserId)
            .ToDictionary(g => g.Key!, g => g.Select(a => (a.Text, a.Kind)).ToList());
        Assert.Equal(
            [("Beaucoup de familles au RSA", AnswerKind.Difficulty), ("Le bus ne passe plus le samedi", AnswerKind.Difficulty),
             ("Les personnes âgées isolées", AnswerKind.Difficulty), ("Le CCAS distribue des colis alimentaires", AnswerKind.Resource)],
            byParticipant["aad-elu-1"]);
        Assert.Equal(
            [("Plus de médecin depuis 2019", AnswerKind.Difficulty), ("Les familles monoparentales manquent de solutions de garde.", AnswerKind.Difficulty),
             ("Le bus ne passe plus le samedi le soir", AnswerKind.Difficulty), ("La médiathèque accueille les familles", AnswerKind.Resource)],
            byParticipant["aad-elu-2"]);
        Assert.All(await db.Answers.ToListAsync(), a => Assert.Equal(merville, a.CommuneId));
        Assert.Equal(4, await db.SectionCompletions.CountAsync());
        // Each élu's conversation has one state document, and both stand at their first risk question.
        Assert.Contains("risque d'aggravation", one.Transcript[^1].Text);
        Assert.Contains("risque d'aggravation", two.Transcript[^1].Text);
    }

    [Fact]
    public async Task Messages_of_one_conversation_handled_at_the_same_time_by_both_instances_are_all_kept_in_order()
    {
        await RegisterElusOfMervilleAsync("aad-elu-fast");
        var onFirst = new LoadBalancedConversation([first], "aad-elu-fast", conversationId: "conv-fast", activityPrefix: "a");
        var onSecond = new LoadBalancedConversation([second], "aad-elu-fast", conversationId: "conv-fast", activityPrefix: "b");
        (await onFirst.SayAsync("bonjour")).Said("Commune 1/1 · Merville · difficultés");

        // The élu types quickly: each pair of messages reaches the two instances at once, and both turns load
        // the same conversation state. One saves first; the other is refused, runs again on that state, and saves.
        string[][] pairs =
        [
            ["Beaucoup de familles au RSA", "Plus de médecin depuis 2019"],
            ["Les personnes âgées isolées", "Le bus ne passe plus le samedi"],
            ["Les familles monoparentales manquent de solutions de garde.", "Les jeunes sans permis ne peuvent pas aller à la Mission Locale"],
        ];
        foreach (var pair in pairs)
        {
            rendezvous.Arm(parties: 2);
            var replies = await Task.WhenAll(Task.Run(() => onFirst.SayAsync(pair[0])), Task.Run(() => onSecond.SayAsync(pair[1])));
            replies[0].Said("Noté — ");
            replies[1].Said("Noté — ");
            Assert.All(replies, r => Assert.Contains("Une autre difficulté ?", r.Question().Text));
        }

        // Both instances now agree on where the interview stands.
        (await onSecond.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        (await onFirst.SayAsync("Le CCAS distribue des colis alimentaires")).Said("Noté — Précarité, Gouvernance.");
        (await onSecond.SayAsync("J'ai terminé")).Said("risque d'aggravation");

        // Both turns of a pair save the state (at least the message's id, kept against redeliveries): one is refused,
        // and runs again on the state the other saved.
        Assert.InRange(rendezvous.Conflicts, 1, pairs.Length);
        Assert.DoesNotContain(onFirst.Transcript.Concat(onSecond.Transcript), r => r.Text.Contains(ErrorMessage, StringComparison.Ordinal));
        await using var db = first.OpenDatabase();
        var difficulties = await db.Answers.Where(a => a.Kind == AnswerKind.Difficulty).Select(a => a.Text).ToListAsync();
        Assert.Equal(pairs.SelectMany(p => p).Order(StringComparer.Ordinal), difficulties.Order(StringComparer.Ordinal));
        Assert.Equal(1, await db.Answers.CountAsync(a => a.Kind == AnswerKind.Resource));
        Assert.Equal(1, await db.BotStates.CountAsync(s => s.Key.Contains("conv-fast")));
        // Every message, once, in the conversation's one state.
        var remembered = await RememberedActivities.InAsync(db, "conv-fast");
        Assert.Equal(1 + 2 * pairs.Length + 3, remembered.Count);
        Assert.Equal(remembered.Count, remembered.Distinct().Count());
    }

    [Fact]
    public async Task The_same_message_delivered_to_both_instances_at_once_is_answered_and_recorded_once()
    {
        await RegisterElusOfMervilleAsync("aad-elu-twice");
        var onFirst = new LoadBalancedConversation([first], "aad-elu-twice", conversationId: "conv-twice");
        var onSecond = new LoadBalancedConversation([second], "aad-elu-twice", conversationId: "conv-twice");
        (await onFirst.SayAsync("bonjour")).Said("Commune 1/1 · Merville · difficultés");

        // Both turns load the same state; the second to save is refused, runs again, and finds the message taken.
        rendezvous.Arm(parties: 2);
        var replies = await Task.WhenAll(
            Task.Run(() => onFirst.SayAsync("Beaucoup de familles au RSA", activityId: "teams-twice")),
            Task.Run(() => onSecond.SayAsync("Beaucoup de familles au RSA", activityId: "teams-twice")));

        Assert.Single(replies, r => r.Count > 0).Said("Noté — Précarité.");
        Assert.Single(replies, r => r.Count == 0);
        Assert.Equal(1, rendezvous.Conflicts);
        await using var db = first.OpenDatabase();
        Assert.Equal(1, await db.Answers.CountAsync(a => a.SourceActivityId == "conv-twice|teams-twice"));
        Assert.Single(await RememberedActivities.InAsync(db, "conv-twice"), id => id == "teams-twice");
        Assert.DoesNotContain(first.Logs.GetSnapshot().Concat(second.Logs.GetSnapshot()), log => log.Level >= LogLevel.Error);
    }

    /// <summary>Difficulties (one message each), « J'ai terminé », a resource, « J'ai terminé »: up to the first risk question.</summary>
    private static async Task<IReadOnlyList<BotReply>> PlayAsync(LoadBalancedConversation elu, IReadOnlyList<string> difficulties, string resource)
    {
        (await elu.SayAsync("bonjour")).Said("Commune 1/1 · Merville · difficultés");
        foreach (var difficulty in difficulties)
        {
            (await elu.SayAsync(difficulty)).Said("Noté");
        }
        (await elu.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        (await elu.SayAsync(resource)).Said("Noté");
        (await elu.SayAsync("J'ai terminé")).Said("risque d'aggravation");
        return elu.Transcript;
    }

    private async Task<int> RegisterElusOfMervilleAsync(params string[] userIds)
    {
        var directory = first.Services.GetRequiredService<ParticipantDirectory>();
        await using var db = first.OpenDatabase();
        var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
        var merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        foreach (var userId in userIds)
        {
            await directory.RegisterAsync(new Registration(userId, userId, ParticipantRole.Elu, intercommunality, [merville]));
        }
        return merville;
    }
}
