using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>What an élu whose état des lieux is complete is told when writing again: no question is left to ask.</summary>
public sealed class CompleteEtatDesLieuxTests : IAsyncLifetime
{
    private const string Closing = "L'état des lieux est complet pour Merville";

    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Thanks_get_a_reply_and_an_acknowledgement_word_only_the_way_to_add_something()
    {
        var elu = await CompleteAsync();
        var stored = await CountAnswersAsync();

        var thanks = await elu.SayAsync("merci beaucoup");
        Assert.Equal(["Avec plaisir ! Si un point vous revient, écrivez-le ici : je vous proposerai de l'ajouter."], thanks.Select(r => r.Text));

        var ok = await elu.SayAsync("ok");
        Assert.Equal(["Si un point vous revient, écrivez-le ici : je vous proposerai de l'ajouter."], ok.Select(r => r.Text));
        Assert.Equal(stored, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("c'est quoi un risque d'aggravation ?", "Le risque d'aggravation, c'est")]
    [InlineData("c'est quoi une ressource ?", "Une ressource, c'est")]
    public async Task A_question_about_a_word_of_the_demarche_is_answered_with_that_word(string typed, string explanation)
    {
        var elu = await CompleteAsync();
        var stored = await CountAnswersAsync();

        var replies = await elu.SayAsync(typed);

        var reply = Assert.Single(replies);
        Assert.StartsWith(explanation, reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Votre état des lieux est complet : si un point vous revient, écrivez-le ici.", reply.Text, StringComparison.Ordinal);
        // No question is open: nothing to answer.
        Assert.DoesNotContain("Répondez", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quelques mots suffisent", reply.Text, StringComparison.Ordinal);
        Assert.Equal(stored, await CountAnswersAsync());
    }

    [Theory]
    [InlineData("oups")]
    [InlineData("je me suis trompée")]
    [InlineData("je suis désolée, je me suis trompée")]
    public async Task Owning_up_to_a_mistake_gets_how_to_correct_an_answer_not_thanks(string typed)
    {
        var elu = await CompleteAsync();

        var reply = Assert.Single(await elu.SayAsync(typed));

        Assert.StartsWith("Pour corriger une réponse, touchez « Retirer cette réponse » sous son accusé de réception", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Closing, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_says_there_is_no_question_left_and_recap_comes_without_the_closing_words_again()
    {
        var elu = await CompleteAsync();

        var help = Assert.Single(await elu.SayAsync("aide"));
        Assert.StartsWith("Votre état des lieux est complet : je n'ai plus de question à vous poser.", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("« pause »", help.Text, StringComparison.Ordinal);

        var recap = await elu.SayAsync("récap");
        var summary = recap.Said("Beaucoup de familles au RSA");
        Assert.Contains("Risque d'aggravation : élevé pour Précarité", summary.Text);
        recap.DidNotSay(Closing);
    }

    private async Task<TestConversation> CompleteAsync()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.AnswerUntilAsync(await elu.SayAsync("Beaucoup de familles au RSA"), Closing);
        return elu;
    }

    private async Task<int> CountAnswersAsync()
    {
        await using var db = host.OpenDatabase();
        return await db.Answers.CountAsync();
    }
}
