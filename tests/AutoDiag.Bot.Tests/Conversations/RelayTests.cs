using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>« Saisie pour le compte de »: a secrétaire de mairie types the answers of élus who never open Teams.</summary>
public sealed class RelayTests : IAsyncLifetime
{
    private BotTestHost host = null!;
    private ParticipantDirectory directory = null!;
    private int intercommunalityId;
    private int merville;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        directory = host.Services.GetRequiredService<ParticipantDirectory>();
        await using var db = host.OpenDatabase();
        intercommunalityId = (await db.Intercommunalities.SingleAsync()).Id;
        merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        await directory.RegisterAsync(new Registration("aad-secretaire", "Marie Dupont", ParticipantRole.SecretaireDeMairie, intercommunalityId, [merville]));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_secretaire_adds_an_elu_who_is_not_registered_and_types_his_answers()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");

        // No élu registered yet: nothing to choose, the name to type.
        (await secretaire.SayAsync("saisir pour un élu")).Said("Pour quel élu saisissez-vous les réponses ? Écrivez son prénom et son nom.");
        (await secretaire.SayAsync("Jean Martin")).Said("Jean Martin n'est pas encore dans la liste. L'ajouter aux élus de Merville, pour saisir ses réponses ?");
        var started = await secretaire.SayAsync("oui");
        started.Said("Vous saisissez maintenant les réponses de Jean Martin.");
        started.Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        var ack = await secretaire.SayAsync("Beaucoup de familles au RSA");
        ack.Said("Noté — Précarité.");
        ack.Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        (await secretaire.SayAsync("J'ai terminé")).Said("Pour Jean Martin · Commune 1/1 · Merville · ressources");

        await using var db = host.OpenDatabase();
        var jean = await db.Participants.Include(p => p.Communes).SingleAsync(p => p.DisplayName == "Jean Martin");
        Assert.Equal((ParticipantRole.Elu, null as string), (jean.Role, jean.ChannelUserId));
        Assert.Equal([merville], jean.Communes.Select(c => c.CommuneId));
        var answer = await db.Answers.SingleAsync();
        var marie = await db.Participants.SingleAsync(p => p.ChannelUserId == "aad-secretaire");
        Assert.Equal((jean.Id, marie.Id, "Beaucoup de familles au RSA"), (answer.ParticipantId, answer.EnteredByParticipantId, answer.Text));
    }

    [Fact]
    public async Task A_difficulty_typed_before_the_elu_is_added_is_said_not_stored_yet_and_the_question_asked_again()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Martine Leroy");

        var early = await secretaire.SayAsync("Beaucoup de familles au RSA");

        early.Said("Ce message n'est pas encore enregistré : répondez d'abord à la question ci-dessous, puis envoyez-le de nouveau.");
        Assert.Equal("Martine Leroy n'est pas encore dans la liste. L'ajouter aux élus de Merville, pour saisir ses réponses ?", early.Question().Text);
        await using (var db = host.OpenDatabase())
        {
            Assert.Empty(await db.Answers.ToListAsync());
            Assert.False(await db.Participants.AnyAsync(p => p.DisplayName == "Martine Leroy"));
        }
        (await secretaire.SayAsync("oui")).Said("Pour Martine Leroy · Commune 1/1 · Merville · difficultés");
        (await secretaire.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");
    }

    [Fact]
    public async Task When_the_elus_etat_des_lieux_is_complete_the_secretaire_is_told_she_is_back_to_her_own()
    {
        var secretaire = host.Conversation("aad-secretaire");
        Assert.Contains("Commune 1/1 · Merville · difficultés", (await secretaire.SayAsync("bonjour")).Question().Text);
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        await secretaire.SayAsync("oui");
        var replies = await secretaire.AnswerUntilAsync(await secretaire.SayAsync("Beaucoup de familles au RSA"), "L'état des lieux de Jean Martin est complet");

        replies.Said("L'état des lieux de Jean Martin est complet pour Merville. Merci pour cette saisie, elle est terminée.");
        replies.Said("Pour un autre élu, écrivez « saisir pour un élu ».");
        replies.Said("Vous revenez maintenant à votre propre état des lieux.");
        // What other territories did is for the élu, not shown to her in his place.
        replies.DidNotSay("Ce que d'autres territoires ont fait");
        var own = replies.Question().Text;
        Assert.Contains("Commune 1/1 · Merville · difficultés", own);
        Assert.DoesNotContain("Pour Jean Martin", own);
    }

    [Fact]
    public async Task Two_commands_typed_in_turn_do_not_pile_up_their_dialogs_in_the_state()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        for (var i = 0; i < 3; i++)
        {
            Assert.Contains("Fiche commune · Merville", (await secretaire.SayAsync("fiche commune")).Question().Text);
            (await secretaire.SayAsync("saisir pour un élu")).Said("Pour quel élu saisissez-vous les réponses ?");
        }

        // The relay on top of the interview, once, whatever was typed before; the fiche left for it is dropped.
        await using var db = host.OpenDatabase();
        var state = (await db.BotStates.SingleAsync(s => s.Key.Contains("/conversations/"))).Document;
        Assert.Equal(1, Occurrences(state, "\"RelayDialog\""));
        Assert.Equal(0, Occurrences(state, "\"CommuneProfileDialog\""));
        (await secretaire.SayAsync("Jean Martin")).Said("Jean Martin n'est pas encore dans la liste.");
    }

    private static int Occurrences(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public async Task A_yes_typed_for_the_name_is_not_taken_for_an_elu()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        var replies = await secretaire.SayAsync("oui");

        replies.Said("Écrivez le nom de l'élu, par exemple « Jean Martin ».");
        replies.DidNotSay("oui n'est pas encore dans la liste");
        (await secretaire.SayAsync("Jean Martin")).Said("Jean Martin n'est pas encore dans la liste.");
    }

    [Fact]
    public async Task A_command_during_a_relay_leaves_the_relay_going_and_the_answers_still_the_elus()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await RelayJeanMartinAsync(secretaire);

        (await secretaire.SayAsync("stop rappels")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        (await secretaire.SayAsync("stop rappels")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        await secretaire.SayAsync("Beaucoup de familles au RSA");

        await AssertTheAnswerIsJeanMartinsAsync();
    }

    [Fact]
    public async Task A_command_whose_dialog_waits_below_a_relay_leaves_the_relay_going()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        Assert.Contains("Fiche commune · Merville", (await secretaire.SayAsync("fiche commune")).Question().Text);
        await RelayJeanMartinAsync(secretaire);

        var history = await secretaire.SayAsync("historique fiche commune");
        history.Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        await secretaire.SayAsync("Les jeunes partent faute de transport");

        await AssertTheAnswerIsJeanMartinsAsync();
    }

    /// <summary>The secrétaire starts typing for Jean Martin, an élu not registered yet.</summary>
    private static async Task RelayJeanMartinAsync(TestConversation secretaire)
    {
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        await secretaire.SayAsync("oui");
    }

    private async Task AssertTheAnswerIsJeanMartinsAsync()
    {
        await using var db = host.OpenDatabase();
        var jean = await db.Participants.SingleAsync(p => p.DisplayName == "Jean Martin");
        Assert.Equal(jean.Id, (await db.Answers.SingleAsync()).ParticipantId);
    }

    [Fact]
    public async Task The_name_a_secretaire_types_is_shown_as_text_in_messages_and_cards()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");
        const string Typed = "[Reconnectez-vous](https://evil.example) **URGENT**";
        await secretaire.SayAsync(Typed);

        var started = await secretaire.SayAsync("oui");

        var question = started.Said($"Pour {Typed} · Commune 1/1 · Merville · difficultés");
        Assert.Contains("Pour &#91;Reconnectez-vous&#93;(https://evil.example) &#42;&#42;URGENT&#42;&#42; · Commune", question.Activity.Text);
    }

    [Fact]
    public async Task A_registered_elu_is_offered_and_resumed_where_his_relayed_interview_stopped()
    {
        await directory.RegisterRelayedEluAsync("Paul Lefebvre", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");

        var offered = await secretaire.SayAsync("saisir pour un élu");
        Assert.Equal(["Paul Lefebvre"], offered.Question().SuggestedActions);
        (await secretaire.SayAsync("Paul Lefebvre")).Said("Pour Paul Lefebvre · Commune 1/1 · Merville · difficultés");
        await secretaire.SayAsync("Le bus ne passe plus le samedi");
        (await secretaire.SayAsync("pause")).Said("C'est noté, nous faisons une pause dans la saisie pour Paul Lefebvre.");

        await secretaire.SayAsync("saisir pour un élu");
        var resumed = await secretaire.SayAsync("paul lefebvre");
        resumed.Said("Pour Paul Lefebvre · Commune 1/1 · Merville · difficultés");
        resumed.Said("Une difficulté est déjà notée. Quelles difficultés sociales observez-vous à Merville ?");
    }

    [Fact]
    public async Task Pause_and_recap_while_typing_for_an_elu_are_about_the_elu_and_his_next_answers_stay_his()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await RelayJeanMartinAsync(secretaire);
        await secretaire.SayAsync("Beaucoup de familles au RSA");

        var recap = await secretaire.SayAsync("récap");
        recap.Said("Réponses de Jean Martin :");
        recap.Said("Beaucoup de familles au RSA");
        recap.Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        var paused = await secretaire.SayAsync("pause");
        paused.Said(
            "C'est noté, nous faisons une pause dans la saisie pour Jean Martin. Ses réponses sont enregistrées ; vous reprendrez ici : Commune 1/1 · Merville · difficultés.");
        paused.Said("Votre prochaine réponse sera encore la sienne. Écrivez « reprendre » quand vous voulez, ou « annuler » pour arrêter cette saisie.");
        (await secretaire.SayAsync("reprendre")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        await secretaire.SayAsync("pause");
        (await secretaire.SayAsync("Le centre social ferme le mercredi")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        var jean = await db.Participants.SingleAsync(p => p.DisplayName == "Jean Martin");
        var marie = await db.Participants.SingleAsync(p => p.ChannelUserId == "aad-secretaire");
        Assert.Equal(
            [("Beaucoup de familles au RSA", jean.Id, (int?)marie.Id), ("Le centre social ferme le mercredi", jean.Id, marie.Id)],
            (await db.Answers.OrderBy(a => a.Id).ToListAsync()).Select(a => (a.Text, a.ParticipantId, a.EnteredByParticipantId)));
    }

    [Fact]
    public async Task Cancel_while_typing_for_an_elu_says_whose_typing_stopped_and_how_to_take_it_up()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await RelayJeanMartinAsync(secretaire);
        await secretaire.SayAsync("Beaucoup de familles au RSA");

        var cancelled = await secretaire.SayAsync("annuler");

        cancelled.Said("La saisie pour Jean Martin est arrêtée ; ses réponses sont enregistrées.");
        cancelled.Said("Pour la reprendre ici, Commune 1/1 · Merville · difficultés, écrivez « saisir pour un élu ».");
        cancelled.DidNotSay("C'est annulé");
        // Her next message is her own again.
        var own = await secretaire.SayAsync("reprendre");
        own.Said("Commune 1/1 · Merville · difficultés");
        own.DidNotSay("Pour Jean Martin");
        await using var db = host.OpenDatabase();
        Assert.Equal("Beaucoup de familles au RSA", (await db.Answers.SingleAsync()).Text);
    }

    [Fact]
    public async Task Pause_with_the_fiche_commune_open_above_a_relay_pauses_everything_and_says_where_reprendre_goes()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await RelayJeanMartinAsync(secretaire);
        await secretaire.SayAsync("fiche commune");

        var paused = await secretaire.SayAsync("pause");

        paused.DidNotSay("dans la saisie pour Jean Martin");
        var resumed = await secretaire.SayAsync("reprendre");
        resumed.DidNotSay("Fiche commune");
        Assert.Contains("Commune 1/1 · Merville · difficultés", resumed.Question().Text);
        Assert.DoesNotContain("Pour Jean Martin", resumed.Question().Text);
    }

    [Fact]
    public async Task A_new_elu_typed_in_lower_case_is_named_with_capitals_and_added_for_the_communes_chosen_among_the_secretaires()
    {
        var secretaire = await SecretaireOfEstairesAndLaGorgueAsync();
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync("jean-pierre de la roche")).Said(
            "Jean-Pierre de la Roche n'est pas encore dans la liste. L'ajouter aux élus de la CC Flandre Lys, pour saisir ses réponses ?");
        var card = (await secretaire.SayAsync("ok")).Said("Pour quelle(s) commune(s) saisirez-vous ses réponses ?");
        Assert.Equal(["Estaires", "La Gorgue"], card.CardChoices);
        var started = await secretaire.SubmitAsync(card.Submit("Valider", ("communes", card.CardChoiceValue("La Gorgue"))));

        started.Said("Pour Jean-Pierre de la Roche · Commune 1/1 · La Gorgue · difficultés");
        await using var check = host.OpenDatabase();
        var elu = await check.Participants.Include(p => p.Communes).SingleAsync(p => p.DisplayName == "Jean-Pierre de la Roche");
        Assert.Equal([await check.Communes.Where(c => c.Name == "La Gorgue").Select(c => c.Id).SingleAsync()], elu.Communes.Select(c => c.CommuneId));
    }

    [Fact]
    public async Task A_secretaire_adding_an_elu_for_a_commune_that_is_not_hers_is_refused()
    {
        var secretaire = await SecretaireOfEstairesAndLaGorgueAsync();
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        var card = (await secretaire.SayAsync("oui")).Question();
        var submit = (JObject)card.SubmitData.DeepClone();
        submit["communes"] = merville.ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await secretaire.SubmitAsync(submit)).Said("Pour quelle(s) commune(s) saisirez-vous ses réponses ?");

        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.Participants.ToListAsync(), p => p.DisplayName == "Jean Martin");
    }

    [Fact]
    public async Task Another_name_typed_at_did_you_mean_is_looked_up_afresh()
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");
        (await secretaire.SayAsync("Jean Martn")).Said("Vouliez-vous dire Jean Martin ?");

        (await secretaire.SayAsync("Jeanne Martineau")).Said("Jeanne Martineau n'est pas encore dans la liste. L'ajouter aux élus de Merville");
        (await secretaire.SayAsync("oui")).Said("Pour Jeanne Martineau · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Jean Martin", "Jeanne Martineau"], await db.Participants.Where(p => p.Role == ParticipantRole.Elu).OrderBy(p => p.Id).Select(p => p.DisplayName).ToListAsync());
    }

    [Fact]
    public async Task An_elu_named_surname_first_is_the_one_registered()
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync("MARTIN Jean")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.Participants.CountAsync(p => p.Role == ParticipantRole.Elu));
    }

    [Theory]
    [InlineData("Jean Martin maire adjoint")]
    [InlineData("jean martin, maire-adjoint")]
    [InlineData("MARTIN Jean (1er adjoint)")]
    [InlineData("le maire, Jean Martin")]
    public async Task An_elu_named_with_his_function_is_the_one_registered(string typed)
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync(typed)).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Jean Martin"], await db.Participants.Where(p => p.Role == ParticipantRole.Elu).Select(p => p.DisplayName).ToListAsync());
    }

    [Fact]
    public async Task A_registered_elu_whose_surname_reads_like_a_function_is_found_by_his_full_name()
    {
        await directory.RegisterRelayedEluAsync("Bruno Le Maire", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync("bruno le maire")).Said("Pour Bruno Le Maire · Commune 1/1 · Merville · difficultés");
    }

    [Theory]
    [InlineData("M. Martin, adjoint", "oui", "Jean Martin", 1)]
    [InlineData("Mme Martin (conseillère municipale)", "non", "Martin", 2)]
    public async Task A_surname_alone_asks_whether_it_is_the_elu_of_that_name(string typed, string reply, string relayed, int elus)
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync(typed)).Said("Vouliez-vous dire Jean Martin ? Répondez « non » pour ajouter Martin à la liste des élus.");
        (await secretaire.SayAsync(reply)).Said($"Pour {relayed} · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(elus, await db.Participants.CountAsync(p => p.Role == ParticipantRole.Elu));
    }

    [Fact]
    public async Task A_new_elu_typed_with_his_function_is_added_under_his_name_alone()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        var offered = await secretaire.SayAsync("paul durand conseiller municipal");
        offered.Said("Paul Durand n'est pas encore dans la liste. L'ajouter aux élus de Merville, pour saisir ses réponses ?");
        offered.DidNotSay("onseiller");
        (await secretaire.SayAsync("oui")).Said("Pour Paul Durand · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Paul Durand"], await db.Participants.Where(p => p.Role == ParticipantRole.Elu).Select(p => p.DisplayName).ToListAsync());
    }

    [Fact]
    public async Task A_function_typed_without_a_name_asks_for_the_name()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        var asked = await secretaire.SayAsync("le maire");

        asked.Said("Écrivez le nom de l'élu plutôt que sa fonction, par exemple « Jean Martin ».");
        Assert.Contains("Pour quel élu saisissez-vous les réponses ?", asked.Question().Text);
        asked.DidNotSay("L'ajouter aux élus");
        (await secretaire.SayAsync("Paul Leroy")).Said("Paul Leroy n'est pas encore dans la liste.");
        await using var db = host.OpenDatabase();
        Assert.False(await db.Participants.AnyAsync(p => p.Role == ParticipantRole.Elu));
    }

    [Fact]
    public async Task A_name_with_a_function_a_typo_away_from_an_elu_asks_whether_it_is_him_and_a_function_alone_is_not_a_name()
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync("Jean Martn, 2e adjoint")).Said("Vouliez-vous dire Jean Martin ? Répondez « non » pour ajouter Jean Martn à la liste des élus.");
        var asked = await secretaire.SayAsync("l'adjoint");
        asked.Said("Écrivez le nom de l'élu plutôt que sa fonction, par exemple « Jean Martin ».");
        asked.Said("Vouliez-vous dire Jean Martin ?");
        (await secretaire.SayAsync("oui")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.Participants.CountAsync(p => p.Role == ParticipantRole.Elu));
    }

    [Theory]
    [InlineData("oui", "Pour Jean Martin · Commune 1/1 · Merville · difficultés", 1)]
    [InlineData("non", "Pour Jean Martn · Commune 1/1 · Merville · difficultés", 2)]
    public async Task A_name_a_typo_away_from_an_elu_asks_whether_it_is_him(string reply, string progress, int elus)
    {
        await directory.RegisterRelayedEluAsync("Jean Martin", intercommunalityId, [merville]);
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");

        (await secretaire.SayAsync("Jean Martn")).Said("Vouliez-vous dire Jean Martin ? Répondez « non » pour ajouter Jean Martn à la liste des élus.");
        (await secretaire.SayAsync(reply)).Said(progress);

        await using var db = host.OpenDatabase();
        Assert.Equal(elus, await db.Participants.CountAsync(p => p.Role == ParticipantRole.Elu));
    }

    [Fact]
    public async Task A_commands_question_left_for_the_relay_is_dropped_not_asked_again_when_the_relay_ends()
    {
        var secretaire = await SecretaireOfEstairesAndLaGorgueAsync();
        (await secretaire.SayAsync("historique fiche")).Said("De quelle commune");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");

        var notAdded = await secretaire.SayAsync("non");

        // The name meant may follow: the élu is asked for again, and « annuler » leaves.
        notAdded.Said("Pas de souci, aucun élu n'a été ajouté. Écrivez « annuler » pour revenir à votre propre état des lieux.");
        Assert.Contains("Pour quel élu saisissez-vous les réponses ?", notAdded.Question().Text);
        (await secretaire.SayAsync("annuler")).DidNotSay("De quelle commune");
        var own = await secretaire.SayAsync("reprendre");
        own.DidNotSay("De quelle commune");
        Assert.Contains("Commune 1/2 · Estaires · difficultés", own.Question().Text);
        (await secretaire.SayAsync("aide")).DidNotSay("De quelle commune");
    }

    [Fact]
    public async Task A_description_typed_at_the_elus_risk_question_is_offered_for_his_etat_des_lieux_and_a_forged_elu_is_refused()
    {
        var (secretaire, risk) = await RelayJeanMartinToHisRiskQuestionAsync();
        // What the élu said, typed by her: his words.
        Assert.Contains("Jean Martin a signalé : « Beaucoup de familles au RSA »", risk.Text);

        var replies = await secretaire.SayAsync("Le CCAS distribue des colis chaque semaine");

        var offer = replies.Said("Voulez-vous l'ajouter à l'état des lieux de Jean Martin pour Merville ?");
        Assert.Contains("Pour Jean Martin · Commune 1/1 · Merville · risque d'aggravation", replies.Question().Text);
        // Another commune's élu, with his commune: not hers to type for.
        await using (var setup = host.OpenDatabase())
        {
            var estaires = await setup.Communes.Where(c => c.Name == "Estaires").Select(c => c.Id).SingleAsync();
            var outsider = await directory.RegisterRelayedEluAsync("Paul Lefebvre", intercommunalityId, [estaires]);
            var forged = offer.Submit("Comme ressource");
            forged["for"] = outsider.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            forged["communeId"] = estaires.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (await secretaire.SubmitAsync(forged)).Said("Je n'ai pas pu lire cette carte");
        }
        await secretaire.SubmitAsync(offer.Submit("Comme ressource"));

        await using var db = host.OpenDatabase();
        var jean = await db.Participants.SingleAsync(p => p.DisplayName == "Jean Martin");
        var marie = await db.Participants.SingleAsync(p => p.ChannelUserId == "aad-secretaire");
        var resource = await db.Answers.SingleAsync(a => a.Kind == Knowledge.Answers.AnswerKind.Resource);
        Assert.Equal(("Le CCAS distribue des colis chaque semaine", jean.Id, (int?)marie.Id), (resource.Text, resource.ParticipantId, resource.EnteredByParticipantId));
        Assert.All(await db.Answers.ToListAsync(), a => Assert.Equal(jean.Id, a.ParticipantId));
    }

    [Fact]
    public async Task A_secretaire_going_back_on_the_level_she_typed_for_an_elu_changes_his_in_one_tap()
    {
        var (secretaire, _) = await RelayJeanMartinToHisRiskQuestionAsync();
        await secretaire.SayAsync("élevé");

        var replies = await secretaire.SayAsync("non en fait c'est modéré");

        var offer = replies.Said("Vous aviez donné : risque élevé pour « Précarité » à Merville. Le passer à modéré ?");
        Assert.Contains("Pour Jean Martin · Commune 1/1 · Merville", replies.Question().Text);
        // A submit that names no card to replace (as from a channel that cannot): the change is said below.
        (await secretaire.SubmitAsync(offer.Submit("Passer à modéré"))).Said("C'est changé : risque modéré pour « Précarité » à Merville.");
        await using var db = host.OpenDatabase();
        var jean = await db.Participants.SingleAsync(p => p.DisplayName == "Jean Martin");
        var risk = await db.RiskAssessments.SingleAsync(r => r.ThemeId == "precarite");
        Assert.Equal((jean.Id, Knowledge.Answers.RiskLevel.Modere), (risk.ParticipantId, risk.Level));
    }

    /// <summary>A secrétaire typing Jean Martin's answers, at his first risk question (Précarité, from « Beaucoup de familles au RSA »).</summary>
    private async Task<(TestConversation Secretaire, BotReply RiskQuestion)> RelayJeanMartinToHisRiskQuestionAsync()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await RelayJeanMartinAsync(secretaire);
        await secretaire.SayAsync("Beaucoup de familles au RSA");
        await secretaire.SayAsync("J'ai terminé");
        return (secretaire, (await secretaire.SayAsync("J'ai terminé")).Said("Précarité à Merville : quel est le risque"));
    }

    private async Task<TestConversation> SecretaireOfEstairesAndLaGorgueAsync()
    {
        await using (var db = host.OpenDatabase())
        {
            var communes = await db.Communes.Where(c => c.Name == "Estaires" || c.Name == "La Gorgue").OrderBy(c => c.Name).Select(c => c.Id).ToListAsync();
            await directory.RegisterAsync(new Registration("aad-secretaire-2", "Anne Roux", ParticipantRole.SecretaireDeMairie, intercommunalityId, communes));
        }
        var secretaire = host.Conversation("aad-secretaire-2");
        await secretaire.SayAsync("bonjour");
        return secretaire;
    }

    [Fact]
    public async Task A_secretaires_help_names_the_relay_and_the_fiche_history()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");

        var help = await secretaire.SayAsync("aide");

        help.Said("« saisir pour un élu » pour taper les réponses d'un élu qui n'utilise pas Teams, « historique fiche »");
        help.Said("Commune 1/1 · Merville · difficultés");
    }

    [Fact]
    public async Task Help_during_a_relay_over_a_complete_etat_des_lieux_is_the_full_help_and_the_relays_question_follows()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.AnswerUntilAsync(await secretaire.SayAsync("Beaucoup de familles au RSA"), "L'état des lieux est complet");
        await RelayJeanMartinAsync(secretaire);

        var help = await secretaire.SayAsync("aide");

        help.Said("« saisir pour un élu »");
        help.DidNotSay("je n'ai plus de question");
        Assert.Contains("Pour Jean Martin · Commune 1/1 · Merville · difficultés", help.Question().Text);
    }

    [Fact]
    public async Task A_consultant_adding_an_elu_with_a_commune_the_card_did_not_offer_is_refused_and_logged()
    {
        await directory.RegisterAsync(new Registration("aad-consultant", "Claire Petit", ParticipantRole.Consultant, intercommunalityId, []));
        var consultant = host.Conversation("aad-consultant");
        await consultant.SayAsync("bonjour");
        await consultant.SayAsync("saisir pour un élu");
        await consultant.SayAsync("Jean Martin");
        var card = (await consultant.SayAsync("oui")).Question();
        var submit = (JObject)card.SubmitData.DeepClone();
        submit["communes"] = $"{card.CardChoiceValue("Merville")},9999";

        var replies = await consultant.SubmitAsync(submit);

        replies.Should_refuse_a_commune_the_card_did_not_offer(host, "Refused RelayAnswers (RelayDialog", "Consultant");
        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.Participants.ToListAsync(), p => p.DisplayName == "Jean Martin");
    }

    [Fact]
    public async Task An_elu_cannot_type_for_someone_else()
    {
        await directory.RegisterAsync(new Registration("aad-elu", "Luc", ParticipantRole.Elu, intercommunalityId, [merville]));
        var elu = host.Conversation("aad-elu");
        await elu.SayAsync("bonjour");

        (await elu.SayAsync("saisir pour un élu")).Said("La saisie pour le compte d'un élu est réservée aux secrétaires de mairie et aux consultants.");
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning
            && log.Message.StartsWith("Refused RelayAnswers (RelayDialog) to participant", StringComparison.Ordinal) && log.Message.EndsWith("(Elu)", StringComparison.Ordinal));
    }
}
