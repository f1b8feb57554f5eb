using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Territories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Bad input gets a short French explanation and the question again: never a crash, never a lost answer.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("   ", "Votre message est vide.")]
    [InlineData("😀😀👍", "Je n'ai pas trouvé de mots dans votre message.")]
    [InlineData("!!! ... ???", "Je n'ai pas trouvé de mots dans votre message.")]
    public async Task Text_without_words_is_explained_and_the_question_asked_again(string typed, string explanation)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync(typed);

        Assert.Equal(explanation, replies[0].Text.Split('\n')[0][..explanation.Length]);
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Equal(0, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("tres eleve, les jeunes partent", "Noté : risque élevé pour « Jeunesse ».", "les jeunes partent")]
    [InlineData("plutôt faible", "Noté : risque faible pour « Jeunesse ».", null)]
    [InlineData("c'est modéré", "Noté : risque modéré pour « Jeunesse ».", null)]
    [InlineData("pas trop", "Noté : risque faible pour « Jeunesse ».", null)]
    [InlineData("peu élevé, le club tient encore", "Noté : risque faible pour « Jeunesse ».", "le club tient encore")]
    [InlineData("un peu élevé", "Noté : risque modéré pour « Jeunesse ».", null)]
    [InlineData("grave", "Noté : risque élevé pour « Jeunesse ».", null)]
    [InlineData("élevé car le médecin part en juin", "Noté : risque élevé pour « Jeunesse ».", "le médecin part en juin")]
    [InlineData("modéré parce que le club tient", "Noté : risque modéré pour « Jeunesse ».", "le club tient")]
    public async Task A_risk_level_with_words_before_it_is_understood(string typed, string acknowledged, string? comment)
    {
        var elu = await ReachRiskAsync();

        (await elu.SayAsync(typed)).Said(acknowledged);

        await using var db = host.OpenDatabase();
        Assert.Equal(comment, (await db.RiskAssessments.SingleAsync()).Comment);
    }

    [Theory]
    [InlineData("moyen à élevé", "Entre modéré et élevé : lequel retenez-vous ?")]
    [InlineData("entre faible et modéré", "Entre faible et modéré : lequel retenez-vous ?")]
    [InlineData("je sais pas", "Si vous hésitez, choisissez le niveau qui vous semble le plus proche")]
    [InlineData("jai fini", "Il reste à donner le niveau de risque pour ce thème")]
    [InlineData("c'est quoi le risque d'aggravation", "Le risque d'aggravation, c'est la probabilité que la situation empire")]
    [InlineData("4", "Je n'ai pas compris le niveau de risque.")]
    [InlineData("non en fait c'est modéré", "Aucun niveau de risque n'a encore été donné : il n'y a rien à changer. Je n'ai rien enregistré ici.")]
    public async Task What_is_not_one_level_at_the_risk_question_is_explained_and_the_question_asked_again(string typed, string explanation)
    {
        var elu = await ReachRiskAsync();

        var replies = await elu.SayAsync(typed);

        Assert.StartsWith(explanation, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Jeunesse à Merville : quel est le risque", replies.Question().Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.RiskAssessments.ToListAsync());
    }

    [Fact]
    public async Task A_description_typed_at_the_risk_question_is_offered_as_an_addition_and_the_question_stays()
    {
        var elu = await ReachRiskAsync();

        var replies = await elu.SayAsync("Le Secours populaire fait une distribution chaque mardi");

        var offer = replies.Said("Ce message ne donne pas de niveau de risque. Voulez-vous l'ajouter à l'état des lieux de Merville ?");
        Assert.Contains("Jeunesse à Merville : quel est le risque", replies.Question().Text);
        await elu.SubmitAsync(offer.Submit("Comme ressource"));
        (await elu.SayAsync("modéré")).Said("Noté : risque modéré pour « Jeunesse ».");

        await using var db = host.OpenDatabase();
        var resource = await db.Answers.SingleAsync(a => a.Kind == AnswerKind.Resource);
        Assert.Equal("Le Secours populaire fait une distribution chaque mardi", resource.Text);
        Assert.Equal(RiskLevel.Modere, (await db.RiskAssessments.SingleAsync()).Level);
    }

    [Theory]
    [InlineData("merci")]
    [InlineData("Bonjour !")]
    public async Task A_greeting_or_thanks_during_the_interview_is_not_recorded_and_the_question_comes_again(string typed)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        var replies = await elu.SayAsync(typed);

        Assert.Contains("Une autre difficulté ?", replies.Question().Text);
        Assert.Equal(1, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("Qu'est-ce que vous entendez par difficultés ?", "Une difficulté, c'est une situation qui pèse sur des habitants de la commune")]
    [InlineData("vous voulez dire quoi ?", "Une difficulté, c'est une situation qui pèse sur des habitants de la commune")]
    [InlineData("je me suis trompé", "Pour corriger une réponse, touchez « Retirer cette réponse » sous son accusé de réception")]
    [InlineData("oups", "Pour corriger une réponse, touchez « Retirer cette réponse » sous son accusé de réception")]
    [InlineData("Merville", "Le nom de la commune seul ne suffit pas")]
    [InlineData("MARTIN Jean", "Je ne garde ni les noms ni les coordonnées des habitants : décrivez plutôt la situation en quelques mots.")]
    [InlineData("Mme Dupont 06 12 34 56 78", "Je ne garde ni les noms ni les coordonnées des habitants : décrivez plutôt la situation en quelques mots.")]
    public async Task What_is_said_to_the_bot_at_a_question_is_answered_not_recorded_and_the_question_comes_again(string typed, string explanation)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        var replies = await elu.SayAsync(typed);

        Assert.StartsWith(explanation, replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("Une autre difficulté ?", replies.Question().Text);
        Assert.Equal(1, await CountAnswersAsync());
    }

    [Fact]
    public async Task A_question_about_the_resources_question_gets_what_a_resource_is()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");

        var replies = await elu.SayAsync("c'est quoi une ressource ?");

        replies.Said("Une ressource, c'est ce qui aide déjà sur place : un service (CCAS, France Services)");
        Assert.Contains("Commune 1/1 · Merville · ressources", replies.Question().Text);
        Assert.Equal(1, await CountAnswersAsync());
    }

    [Fact]
    public async Task A_question_about_another_word_of_the_demarche_gets_that_word_explained_and_the_open_question_again()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync("c'est quoi un risque d'aggravation ?");

        replies.Said("Le risque d'aggravation, c'est la probabilité que la situation empire");
        replies.DidNotSay("Une difficulté, c'est");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Equal(0, await CountAnswersAsync());
    }

    [Fact]
    public async Task Going_back_on_the_last_level_at_a_theme_not_mentioned_is_explained_not_recorded_as_a_difficulty()
    {
        var elu = await ReachCoverageAsync();
        await using (var before = host.OpenDatabase())
        {
            Assert.Equal(1, await before.Answers.CountAsync());
        }

        var replies = await elu.SayAsync("non en fait c'est modéré");

        // The level given last, with its change one tap away; the question open stays open.
        var offer = replies.Said("Vous aviez donné : risque faible pour « Insertion et emploi » à Merville. Le passer à modéré ?");
        Assert.Equal(["Passer à modéré"], offer.Card!.SelectTokens("$.actions[*].title").Select(t => (string)t!));
        replies.Said("Rien n'est noté sur le thème « Vieillissement »");
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(1, await db.Answers.CountAsync());
        }

        var changed = await elu.SubmitAsync(offer.Submit("Passer à modéré"), card: offer);

        // Said once, in the offer's place; the open question is still the last message, not repeated.
        Assert.StartsWith("C'est changé : risque modéré pour « Insertion et emploi » à Merville.",
            elu.Updates.Single(u => u.Activity.Id == offer.Activity.Id).Text, StringComparison.Ordinal);
        Assert.Empty(changed);
        await using var stored = host.OpenDatabase();
        Assert.Equal(RiskLevel.Modere, (await stored.RiskAssessments.SingleAsync(r => r.ThemeId == "insertion-emploi")).Level);
    }

    [Fact]
    public async Task Going_back_on_the_last_level_to_the_same_level_changes_nothing()
    {
        var elu = await ReachCoverageAsync();

        (await elu.SayAsync("finalement faible")).Said("Le risque pour « Insertion et emploi » à Merville est déjà faible ; rien n'a été changé.");
    }

    [Fact]
    public async Task A_yes_to_a_theme_not_mentioned_asks_which_difficulty_and_a_no_thanks_reports_nothing()
    {
        var elu = await ReachCoverageAsync();

        // « Laquelle ? » is the question: the open one is not asked again after it.
        Assert.Equal(["Laquelle ? Décrivez-la en quelques mots."], (await elu.SayAsync("oui")).Select(r => r.Text));
        (await elu.SayAsync("non merci")).Said("Noté : rien à signaler pour « Vieillissement ».");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Les jeunes sans permis ne peuvent pas aller à la Mission Locale", "Rien à signaler"],
            await db.Answers.OrderBy(a => a.Id).Select(a => a.Text).ToListAsync());
    }

    [Fact]
    public async Task Wait_keeps_the_question_open_without_asking_it_again_and_the_next_message_is_the_answer()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var waiting = await elu.SayAsync("attends");
        Assert.Equal(["Prenez votre temps : la question reste ouverte."], waiting.Select(r => r.Text));
        (await elu.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Beaucoup de familles au RSA"], await db.Answers.Select(a => a.Text).ToListAsync());
    }

    [Fact]
    public async Task A_goodbye_during_the_interview_pauses_it_and_once_paused_says_goodbye()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        (await elu.SayAsync("je dois y aller, bonne journée")).Said("C'est noté, nous faisons une pause.");
        (await elu.SayAsync("au revoir")).Said("Au revoir ! Votre état des lieux vous attend : écrivez « reprendre » quand vous voulez.");

        Assert.Equal(1, await CountAnswersAsync());
        (await elu.SayAsync("reprendre")).Said("Une difficulté est déjà notée. Quelles difficultés sociales observez-vous à Merville ?");
    }

    [Theory]
    [InlineData("jai termine", "cest tout")]
    [InlineData("c tout", "rien de special")]
    [InlineData("C'est tout.", "non ça va")]
    [InlineData("jai terminer", "Non rien de plus")]
    [InlineData("ok c'est tout merci", "non, rien d'autre")]
    [InlineData("non pour l'instant", "rien pour le moment")]
    [InlineData("c'est tout pour le moment", "aucune pour le moment")]
    public async Task Lists_closed_as_typed_on_a_phone_are_closed_not_recorded(string closingDifficulties, string closingResources)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale");

        (await elu.SayAsync(closingDifficulties)).Said("Commune 1/1 · Merville · ressources");
        (await elu.SayAsync(closingResources)).Said("Jeunesse à Merville : quel est le risque");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Les jeunes sans permis ne peuvent pas aller à la Mission Locale"], await db.Answers.Select(a => a.Text).ToListAsync());
    }

    [Theory]
    [InlineData("pas de soucis")]
    [InlineData("ca va")]
    [InlineData("Rien de spécial à signaler")]
    [InlineData("Non rien de plus")]
    public async Task A_theme_not_mentioned_answered_as_typed_on_a_phone_is_nothing_to_report(string typed)
    {
        var elu = await ReachCoverageAsync();

        (await elu.SayAsync(typed)).Said("Rien n'est noté sur le thème « Santé » à Merville.");

        await using var db = host.OpenDatabase();
        var answer = await db.Answers.OrderBy(a => a.Id).LastAsync();
        Assert.True(answer.ReportsNoDifficulty);
    }

    [Theory]
    [InlineData("comment ça marche ?")]
    [InlineData("Je ne comprends pas")]
    [InlineData("c'est quoi la suite ?")]
    public async Task A_question_about_the_bot_gets_the_help_and_the_question_again_and_is_not_recorded(string typed)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        var replies = await elu.SayAsync(typed);

        replies.Said("À tout moment : « pause »");
        Assert.Contains("Une autre difficulté ?", replies.Question().Text);
        Assert.Equal(1, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("on en était où ?")]
    [InlineData("On reprend")]
    public async Task Asking_where_one_was_asks_the_question_again(string typed)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");

        var replies = await elu.SayAsync(typed);

        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Equal(1, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("modere")]
    [InlineData("Élevé")]
    [InlineData("plutôt faible")]
    public async Task A_risk_level_alone_for_a_theme_not_mentioned_is_explained_and_not_recorded(string typed)
    {
        var elu = await ReachCoverageAsync();
        var before = await CountAnswersAsync();

        var replies = await elu.SayAsync(typed);

        replies.Said("Pour ce thème, dites d'abord en quelques mots la difficulté que vous observez : le niveau de risque vous sera demandé juste après.");
        Assert.Contains("Rien n'est noté sur le thème « Vieillissement » à Merville.", replies.Question().Text);
        Assert.Equal(before, await CountAnswersAsync());
        (await elu.SayAsync("modéré : les aînés sont isolés l'hiver")).Said("Noté — Vieillissement");
    }

    [Fact]
    public async Task A_risk_level_alone_as_a_difficulty_is_explained_but_few_resources_are_an_answer()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        (await elu.SayAsync("modéré")).Said("Le niveau de risque vous sera demandé ensuite, thème par thème. Ici, décrivez la situation en quelques mots.");
        await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("Très peu")).Said("Merci, c'est noté.");

        await using var db = host.OpenDatabase();
        Assert.Equal(["Les jeunes sans permis ne peuvent pas aller à la Mission Locale", "Très peu"], await db.Answers.OrderBy(a => a.Id).Select(a => a.Text).ToListAsync());
    }

    [Fact]
    public async Task A_very_long_message_is_kept_up_to_the_limit_and_the_user_is_told()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var longText = string.Join(' ', Enumerable.Repeat("Les familles monoparentales manquent de solutions de garde.", 400));
        Assert.True(longText.Length > 20_000);

        var replies = await elu.SayAsync(longText);

        replies.Said("Noté — Jeunesse");
        replies.Said("Votre message était très long : j'en ai gardé les");
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.SingleAsync();
        Assert.InRange(stored.Text.Length, AnswerText.MaxLength * 3 / 4, AnswerText.MaxLength);
        Assert.StartsWith("Les familles monoparentales", stored.Text);
        Assert.Contains($"j'en ai gardé les {stored.Text.Length:N0}".Replace(",", " ").Replace("\u00A0", " ").Replace("\u202F", " "), replies.Select(r => r.Text).Aggregate((a, b) => a + b).Replace("\u00A0", " "));
        // Where the kept text stops, so that the élu knows what to send again.
        replies.Said($"premiers caractères, jusqu'à « …{string.Join(' ', stored.Text.Split(' ')[^6..])} ».");
    }

    [Fact]
    public async Task An_unknown_commune_is_explained_and_the_communes_asked_again()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        await elu.SayAsync("CC Flandre Lys");

        var replies = await elu.SayAsync("Paris");

        replies.Said("Je n'ai pas trouvé de commune « Paris » dans votre intercommunalité.");
        Assert.Contains("Merville", replies.Question().CardChoices);
    }

    [Fact]
    public async Task The_communes_found_in_a_typed_list_stay_checked_while_an_unknown_one_is_asked_about()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        await elu.SayAsync("CC Flandre Lys");

        var replies = await elu.SayAsync("merville, estaire et paris");

        replies.Said("J'ai bien noté Merville et Estaires : elles sont cochées ci-dessous. Je n'ai pas trouvé de commune « paris »");
        var card = replies.Question();
        var values = (string?)card.Card!.SelectToken("$..[?(@.id == 'communes')].value");
        Assert.Equal(new[] { card.CardChoiceValue("Merville"), card.CardChoiceValue("Estaires") }.Order(), values!.Split(',').Order());
        var confirm = await elu.SubmitAsync(card.Submit("Valider", ("communes", values)));
        confirm.Said("Merville et Estaires");
    }

    [Fact]
    public async Task A_commune_with_a_typo_is_recognised_and_confirmed()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("élue");
        await elu.SayAsync("CC Flandre Lys");

        (await elu.SayAsync("mervile et st jans cappel")).Said("« st jans cappel »");
        (await elu.SayAsync("mervile, sailly sur la lys")).Said("pour Merville et Sailly-sur-la-Lys. C'est bien cela ?");
    }

    [Fact]
    public async Task A_difficulty_typed_before_the_participation_is_confirmed_is_said_not_stored_yet()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        await elu.SayAsync("CC Flandre Lys");
        await elu.SayAsync("Merville");

        var early = await elu.SayAsync("Les jeunes n'ont pas de bus pour aller au lycée");

        early.Said("Ce message n'est pas encore enregistré : répondez d'abord à la question ci-dessous, puis envoyez-le de nouveau.");
        Assert.Equal("Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville. C'est bien cela ?", early.Question().Text);
        // Anything else gets the plain retry.
        (await elu.SayAsync("euh")).Said("Je n'ai pas compris : répondez « Oui » ou « Non ».");
        (await elu.SayAsync("oui")).Said("Commune 1/1 · Merville · difficultés");
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Answers.ToListAsync());
    }

    [Fact]
    public async Task An_ambiguous_commune_is_asked_back()
    {
        await using (var db = host.OpenDatabase())
        {
            var flandreLys = await db.Intercommunalities.SingleAsync();
            db.Communes.AddRange(
                new Commune { Name = "Saint-Jans-Cappel", IntercommunalityId = flandreLys.Id },
                new Commune { Name = "Saint-Jans-sur-Mer", IntercommunalityId = flandreLys.Id });
            await db.SaveChangesAsync();
        }
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        await elu.SayAsync("CC Flandre Lys");

        var replies = await elu.SayAsync("Saint-Jan");

        replies.Said("« Saint-Jan » peut désigner Saint-Jans-Cappel ou Saint-Jans-sur-Mer. Laquelle voulez-vous dire ?");
        (await elu.SayAsync("Saint-Jans-Cappel")).Said("pour Saint-Jans-Cappel. C'est bien cela ?");
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("abc")]
    [InlineData("1,,9999")]
    public async Task A_communes_card_with_tampered_ids_is_refused(string communes)
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        var card = (await elu.SayAsync("CC Flandre Lys")).Question();
        var submit = (JObject)card.SubmitData.DeepClone();
        submit["communes"] = communes;

        var replies = await elu.SubmitAsync(submit);

        replies.Should_refuse_a_commune_the_card_did_not_offer(host, "Refused Answer (OnboardingDialog", role: null);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Participants.ToListAsync());
    }

    [Fact]
    public async Task A_communes_card_submitted_empty_asks_again()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");
        await elu.SayAsync("Élu");
        var card = (await elu.SayAsync("CC Flandre Lys")).Question();

        var replies = await elu.SubmitAsync(card.SubmitData);

        replies.Said("Choisissez au moins une commune.");
    }

    [Theory]
    [InlineData(null, "Choisissez un niveau de risque.")]
    [InlineData("catastrophique", "Choisissez un niveau de risque.")]
    public async Task A_risk_card_with_a_missing_or_tampered_level_is_refused(string? level, string explanation)
    {
        var elu = await ReachRiskAsync();
        var card = elu.Transcript[^1];
        var submit = (JObject)card.SubmitData.DeepClone();
        if (level is not null)
        {
            submit["level"] = level;
        }

        var replies = await elu.SubmitAsync(submit);

        replies.Said(explanation);
        // The card is just above: asked again in one line, its levels one tap away, not a second tall card.
        var reminder = replies.Question();
        Assert.Null(reminder.Card);
        Assert.EndsWith("à Merville : quel est le risque que la situation s'aggrave ?", reminder.Text, StringComparison.Ordinal);
        Assert.Equal(["Faible", "Modéré", "Élevé"], reminder.SuggestedActions);
        await using (var db = host.OpenDatabase())
        {
            Assert.Empty(await db.RiskAssessments.ToListAsync());
        }
        (await elu.SayAsync("Modéré")).Said("Noté : risque modéré pour");
        await using var stored = host.OpenDatabase();
        Assert.Equal(RiskLevel.Modere, (await stored.RiskAssessments.SingleAsync()).Level);
    }

    [Theory]
    [InlineData("level", "{\"x\":1}")]
    [InlineData("level", "[\"eleve\"]")]
    [InlineData("questionKey", "[1]")]
    [InlineData("comment", "[1]")]
    [InlineData("action", "{\"x\":1}")]
    public async Task A_risk_card_with_an_object_or_an_array_in_a_field_is_refused_and_asked_again(string field, string json)
    {
        var elu = await ReachRiskAsync();
        var submit = (JObject)elu.Transcript[^1].SubmitData.DeepClone();
        submit["level"] = "eleve";
        submit[field] = JToken.Parse(json);

        var replies = await elu.SubmitAsync(submit);

        replies.Said("Je n'ai pas pu lire cette carte ; rien n'a été enregistré.");
        Assert.Equal(["Faible", "Modéré", "Élevé"], replies.Question().CardChoices);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.RiskAssessments.ToListAsync());
    }

    [Fact]
    public async Task A_risk_comment_longer_than_the_card_allows_is_kept_up_to_the_limit_and_the_user_is_told()
    {
        var elu = await ReachRiskAsync();
        var submit = (JObject)elu.Transcript[^1].SubmitData.DeepClone();
        submit["level"] = "eleve";
        var typed = string.Join(' ', Enumerable.Repeat("Les jeunes partent faute de transport.", 100));
        submit["comment"] = typed;

        var replies = await elu.SubmitAsync(submit);

        replies.Said("Noté : risque élevé pour");
        await using var db = host.OpenDatabase();
        var stored = (await db.RiskAssessments.SingleAsync()).Comment!;
        Assert.InRange(stored.Length, 750, 1000);
        Assert.StartsWith(stored + " ", typed);
        Assert.Contains($"j'en ai gardé les {stored.Length} premiers caractères.", replies.Said("Votre commentaire était très long").Text);
    }

    [Fact]
    public async Task An_unknown_command_is_shown_back_as_text()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync("/`urgent`");

        Assert.Contains("Je ne connais pas la commande « /&#96;urgent&#96; »", replies.Said("Je ne connais pas la commande").Activity.Text.Replace('\u00A0', ' '));
    }

    [Fact]
    public async Task A_click_on_an_older_risk_card_is_recognised_and_the_current_question_asked()
    {
        var elu = await ReachRiskAsync();
        var firstCard = elu.Transcript[^1];
        await elu.SayAsync("faible");
        var stale = (JObject)firstCard.SubmitData.DeepClone();
        stale["level"] = "eleve";

        var replies = await elu.SubmitAsync(stale);

        replies.Said("Cette carte correspond à une question précédente.");
        await using var db = host.OpenDatabase();
        var risk = await db.RiskAssessments.SingleAsync();
        Assert.Equal(RiskLevel.Faible, risk.Level);
    }

    [Fact]
    public async Task A_card_submit_while_a_text_answer_is_expected_is_explained()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SubmitAsync(new { level = "eleve", questionKey = "x" });

        replies.Said("Cette carte correspond à une question précédente.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Equal(0, await CountAnswersAsync());
    }

    [Fact]
    public async Task An_unknown_command_is_explained_and_the_question_asked_again()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var replies = await elu.SayAsync("/statistiques");

        replies.Said("Je ne connais pas la commande « /statistiques ».");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Equal(0, await CountAnswersAsync());
    }

    [Fact]
    public async Task A_greeting_at_the_role_question_gets_the_question_again_not_an_error()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");

        var replies = await elu.SayAsync("Bonjour");

        Assert.Equal(["Pour commencer, quel est votre rôle ?"], replies.Select(r => r.Text));
        Assert.Contains("Élu(e)", replies[0].Activity.SuggestedActions.Actions.Select(a => a.Title));
        (await elu.SayAsync("élu")).Said("intercommunalité");
    }

    [Fact]
    public async Task An_unknown_role_is_explained()
    {
        var elu = host.Conversation();
        await elu.SayAsync("bonjour");

        (await elu.SayAsync("astronaute")).Said("Je n'ai pas compris votre rôle.");
    }

    [Fact]
    public async Task A_card_submit_while_no_dialog_is_active_resumes_the_interview()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("pause");

        var replies = await elu.SubmitAsync(new { level = "eleve" });

        replies.Said("Bon retour ! Reprenons où vous en étiez.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
    }

    [Fact]
    public async Task Markup_typed_in_an_answer_is_shown_back_as_text_never_rendered()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("<b>Les jeunes</b> & le <a href='x'>bus</a>");

        var recap = (await elu.SayAsync("récap")).Said("Ce qui est enregistré pour Merville");

        Assert.Contains("&lt;b&gt;Les jeunes&lt;/b&gt; &amp; le &lt;a href='x'&gt;bus&lt;/a&gt;", recap.Activity.Text);
        await using var db = host.OpenDatabase();
        Assert.Equal("<b>Les jeunes</b> & le <a href='x'>bus</a>", (await db.Answers.SingleAsync()).Text);
    }

    [Fact]
    public async Task Markdown_typed_in_an_answer_is_shown_back_as_text_never_as_a_link()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        const string Typed = "[clique ici](https://evil.example/login) et **gras** pour `tous`";
        await elu.SayAsync(Typed);

        var recap = (await elu.SayAsync("récap")).Said("Ce qui est enregistré pour Merville");

        Assert.DoesNotContain("[clique ici]", recap.Activity.Text);
        Assert.DoesNotContain("**", recap.Activity.Text);
        Assert.Contains("&#91;clique ici&#93;(https://evil.example/login) et &#42;&#42;gras&#42;&#42; pour &#96;tous&#96;", recap.Activity.Text);
        Assert.Contains(Typed, recap.Text);
    }

    private async Task<int> CountAnswersAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.Answers.CountAsync();
    }

    /// <summary>Merville's first theme not mentioned, « Vieillissement », after a difficulty on « Jeunesse » and its risk.</summary>
    private async Task<TestConversation> ReachCoverageAsync()
    {
        var elu = await ReachRiskAsync();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await elu.SayAsync("faible");
        }
        var coverage = await elu.SayAsync("faible");
        coverage.Said("Noté : risque faible pour « Insertion et emploi ».");
        coverage.Said("Rien n'est noté sur le thème « Vieillissement » à Merville.");
        return elu;
    }

    private async Task<TestConversation> ReachRiskAsync()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Les jeunes sans permis ne peuvent pas aller à la Mission Locale");
        await elu.SayAsync("J'ai terminé");
        var risk = await elu.SayAsync("J'ai terminé");
        risk.Said("Jeunesse à Merville : quel est le risque");
        return elu;
    }
}
