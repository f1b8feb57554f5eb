using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Something written once the état des lieux is complete is offered to be added, not dropped.</summary>
public sealed class AddendumTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_difficulty_forgotten_is_added_and_its_theme_risk_asked_at_once()
    {
        var elu = await CompleteAsync("Merville");

        var offer = await elu.SayAsync("Le bus ne passe plus le samedi");

        var question = offer.Question();
        Assert.Equal("Votre état des lieux de Merville est complet. Voulez-vous y ajouter ce message ?", question.Text);
        Assert.Equal(["Comme difficulté", "Comme ressource", "Ne pas l'ajouter"], question.SuggestedActions);
        var added = await elu.SayAsync("Comme difficulté");
        Assert.StartsWith("Noté — Mobilité", added.Acknowledgement().Text, StringComparison.Ordinal);
        added.Said("Avec ce changement, votre état des lieux a de nouveau une question.");
        Assert.Contains("Mobilité à Merville : quel est le risque", added.Question().Text);
        (await elu.SayAsync("faible")).Said("Merci ! L'état des lieux est complet pour Merville.");
        // Its « Rien à signaler » on Mobilité gave way to the difficulty added.
        var recap = (await elu.SayAsync("récap")).Said("Rien à signaler");
        Assert.DoesNotContain("Mobilité", recap.Text.Split("Rien à signaler")[1]);
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
        Assert.Equal((AnswerKind.Difficulty, "Le bus ne passe plus le samedi"), (stored.Kind, stored.Text));
    }

    [Fact]
    public async Task With_several_communes_the_commune_is_asked_first_and_a_resource_leaves_the_etat_des_lieux_complete()
    {
        var elu = await CompleteAsync("Merville, Estaires");

        var offer = await elu.SayAsync("La médiathèque d'Estaires ouvre un atelier numérique");

        Assert.Equal("Votre état des lieux est complet. À quelle commune voulez-vous ajouter ce message ?", offer.Question().Text);
        Assert.Equal(["Merville", "Estaires", "Ne pas l'ajouter"], offer.Question().SuggestedActions);
        Assert.Equal("Ajouter ce message à l'état des lieux d'Estaires ?", (await elu.SayAsync("Estaires")).Question().Text);
        var added = await elu.SayAsync("Comme ressource");
        added.Acknowledgement();
        added.DidNotSay("de nouveau une question");
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
        var estaires = await db.Communes.Where(c => c.Name == "Estaires").Select(c => c.Id).SingleAsync();
        Assert.Equal((AnswerKind.Resource, estaires), (stored.Kind, stored.CommuneId));
    }

    [Fact]
    public async Task Not_added_when_the_elu_says_so_and_nothing_is_offered_for_a_thank_you()
    {
        var elu = await CompleteAsync("Merville");
        var before = await CountAnswersAsync();

        await elu.SayAsync("Les jeunes traînent le soir");
        (await elu.SayAsync("Ne pas l'ajouter")).Said("C'est noté : je ne l'ajoute pas.");
        var thanks = await elu.SayAsync("Non merci");
        thanks.DidNotSay("Voulez-vous y ajouter ce message");

        Assert.Equal(before, await CountAnswersAsync());
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
