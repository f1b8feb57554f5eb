using AutoDiag.Bot.Tests.Support;
using AutoDiag.Interview.Cards;
using AutoDiag.Knowledge.Answers;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>A description written once the état des lieux is complete is offered to be added, not dropped.</summary>
public sealed class AddendumTests : IAsyncLifetime
{
    private const string OfferToMerville = "Votre état des lieux de Merville est complet. Voulez-vous y ajouter ce message ?";

    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_difficulty_forgotten_is_added_and_its_theme_risk_asked_at_once()
    {
        var elu = await CompleteAsync("Merville");

        var offer = (await elu.SayAsync("Le bus ne passe plus le samedi")).Question();

        Assert.Equal(OfferToMerville, offer.Text);
        var added = await elu.SubmitAsync(offer.Submit("Comme difficulté"), card: offer);
        // One line says it, in the offer's place, with the themes' correction one tap away.
        var inPlace = elu.Updates.Where(u => u.Activity.Id == offer.Activity.Id).ToList().Acknowledgement();
        Assert.StartsWith("Ajouté aux difficultés de Merville — Mobilité", inPlace.Text, StringComparison.Ordinal);
        added.DidNotSay("Ajouté aux");
        added.Said("Avec ce changement, votre état des lieux a de nouveau une question.");
        Assert.Contains("Mobilité à Merville : quel est le risque", added.Question().Text);
        (await elu.SayAsync("faible")).Said("Merci ! L'état des lieux est complet pour Merville.");
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
        Assert.Equal((AnswerKind.Difficulty, "Le bus ne passe plus le samedi"), (stored.Kind, stored.Text));
    }

    [Fact]
    public async Task With_several_communes_the_card_asks_which_and_a_resource_leaves_the_etat_des_lieux_complete()
    {
        var elu = await CompleteAsync("Merville, Estaires");
        int estaires;
        await using (var db = host.OpenDatabase())
        {
            estaires = await db.Communes.Where(c => c.Name == "Estaires").Select(c => c.Id).SingleAsync();
        }

        var offer = (await elu.SayAsync("La médiathèque propose des ateliers numériques")).Question();

        Assert.StartsWith("Votre état des lieux est complet. Voulez-vous ajouter ce message à l'une de vos communes ?", offer.Text, StringComparison.Ordinal);
        Assert.Equal(["Merville", "Estaires"], offer.CardChoices);
        // A submit that names no card to replace (as from a channel that cannot): the acknowledgement comes below.
        var added = await elu.SubmitAsync(offer.Submit("Comme ressource", (AddendumCard.CommuneField, estaires.ToString())));
        Assert.StartsWith("Ajouté aux ressources d'Estaires", added.Acknowledgement().Text, StringComparison.Ordinal);
        added.DidNotSay("de nouveau une question");
        await using (var db = host.OpenDatabase())
        {
            var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
            Assert.Equal((AnswerKind.Resource, estaires, "La médiathèque propose des ateliers numériques"), (stored.Kind, stored.CommuneId, stored.Text));
        }
    }

    [Fact]
    public async Task A_message_naming_one_of_the_communes_has_it_checked_on_the_card()
    {
        var elu = await CompleteAsync("Merville, Estaires");
        string estaires;
        await using (var db = host.OpenDatabase())
        {
            estaires = (await db.Communes.Where(c => c.Name == "Estaires").Select(c => c.Id).SingleAsync()).ToString();
        }

        var offer = (await elu.SayAsync("ah j'oubliais : la pharmacie d'Estaires ferme le samedi aprem")).Question();

        Assert.Equal(estaires, (string?)offer.Card!.SelectToken($"$..[?(@.id == '{AddendumCard.CommuneField}')].value"));
        var added = await elu.SubmitAsync(offer.Submit("Comme difficulté", (AddendumCard.CommuneField, estaires)));
        added.Acknowledgement();
        // Stored without « ah j'oubliais : », which the consultant has no use for.
        await using var stored = host.OpenDatabase();
        Assert.Equal("la pharmacie d'Estaires ferme le samedi aprem", (await stored.Answers.OrderBy(a => a.Id).LastAsync()).Text);
        // Read back as a sentence.
        (await elu.SayAsync("récap")).Said("• La pharmacie d'Estaires ferme le samedi aprem");
    }

    [Theory]
    [InlineData("Merci à vous")]
    [InlineData("Très bien merci, bonne journée")]
    [InlineData("Oui")]
    [InlineData("Merville")]
    [InlineData("Quand a lieu la restitution ?")]
    [InlineData("Non merci")]
    public async Task Thanks_goodbyes_and_questions_are_not_offered(string typed)
    {
        var elu = await CompleteAsync("Merville");

        (await elu.SayAsync(typed)).DidNotSay("Voulez-vous y ajouter ce message");
    }

    [Fact]
    public async Task Each_message_is_an_offer_of_its_own_and_a_second_tap_stores_nothing_twice()
    {
        var elu = await CompleteAsync("Merville");
        var before = await CountAnswersAsync();

        var first = (await elu.SayAsync("Les jeunes traînent le soir")).Question();
        var second = (await elu.SayAsync("Le bus ne passe plus le samedi")).Question();
        Assert.Equal(OfferToMerville, second.Text);
        var tap = first.Submit("Comme ressource");
        await elu.SubmitAsync(tap);
        await elu.SubmitAsync(tap);

        await using var db = host.OpenDatabase();
        Assert.Equal(["Les jeunes traînent le soir"], await db.Answers.OrderBy(a => a.Id).Skip(before).Select(a => a.Text).ToListAsync());
    }

    [Fact]
    public async Task A_residents_details_are_masked_in_the_offer_and_never_kept_in_the_conversation()
    {
        var elu = await CompleteAsync("Merville");

        var replies = await elu.SayAsync("Mme Dupont, 87 ans, vit seule sans aide, tél 06 12 34 56 78");

        var offer = replies.Single(r => r.Card is not null);
        Assert.DoesNotContain("Dupont", offer.Card!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("06 12 34 56 78", offer.Card.ToString(), StringComparison.Ordinal);
        // Said before the offer, whose question ends the turn; nothing is stored yet.
        Assert.Equal("Pour protéger les habitants, j'ai masqué un numéro de téléphone, un nom et un âge dans ce message. Pour transmettre un contact utile, donnez-le directement à votre consultant.", replies[0].Text);
        Assert.Same(offer, replies.Question());
        await elu.SubmitAsync(offer.Submit("Comme difficulté"));
        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.BotStates.Select(s => s.Document).ToListAsync(), d => d.Contains("Dupont", StringComparison.Ordinal));
        var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
        Assert.DoesNotContain("Dupont", stored.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commune_the_offer_did_not_hold_is_refused()
    {
        var elu = await CompleteAsync("Merville");
        var before = await CountAnswersAsync();
        var offer = (await elu.SayAsync("Le bus ne passe plus le samedi")).Question();

        (await elu.SubmitAsync(offer.Submit("Comme difficulté", (AddendumCard.CommuneField, "999")))).Said("Je n'ai pas pu lire cette carte");

        Assert.Equal(before, await CountAnswersAsync());
    }

    /// <summary>
    /// Withdrawing the addition while its risk question is open completes the état des lieux again: nothing is left to
    /// wait for the next message, which is answered like any other.
    /// </summary>
    [Fact]
    public async Task After_an_addition_is_withdrawn_at_its_risk_question_the_next_message_is_answered()
    {
        var elu = await CompleteAsync("Merville");
        var offer = (await elu.SayAsync("Le CCAS distribue des colis alimentaires")).Question();
        var replies = await elu.SubmitAsync(offer.Submit("Comme difficulté"));
        Assert.Contains("Gouvernance à Merville : quel est le risque", replies.Question().Text);
        (await elu.SubmitAsync(replies.Acknowledgement().Submit("Retirer cette réponse", "Retirer"))).Said("L'état des lieux est complet");

        var next = await elu.SayAsync("Les jeunes traînent le soir");

        Assert.Equal(OfferToMerville, next.Question().Text);
    }

    private async Task<TestConversation> CompleteAsync(string communes)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync(communes);
        await elu.AnswerUntilAsync(await elu.SayAsync("Beaucoup de familles au RSA"), "L'état des lieux est complet");
        return elu;
    }

    private async Task<int> CountAnswersAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.Answers.CountAsync();
    }
}
