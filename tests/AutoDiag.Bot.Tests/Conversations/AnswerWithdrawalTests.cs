using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>An answer sent by mistake is taken back from its acknowledgement, in two taps.</summary>
public sealed class AnswerWithdrawalTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_acknowledgement_unfolds_what_withdrawing_does_before_the_button_that_does_it()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();

        var action = ack.Action("Retirer cette réponse");
        Assert.Equal("Action.ShowCard", (string)action["type"]!);
        Assert.Equal("Elle ne comptera plus dans l'état des lieux\u00a0; les autres réponses restent enregistrées.", (string)action.SelectToken("$.card.body[0].text")!);
        Assert.Equal("Retirer", (string)action.SelectToken("$.card.actions[0].title")!);
        await using var db = host.OpenDatabase();
        Assert.Equal((await db.Answers.SingleAsync()).Id.ToString(), (string)action.SelectToken("$.card.actions[0].data.answerId")!);
    }

    [Fact]
    public async Task A_withdrawn_answer_is_gone_with_its_themes_and_said_so_once_in_its_cards_place()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var mistake = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        await elu.SayAsync("Le bus ne passe plus");

        var replies = await elu.SubmitAsync(mistake.Submit("Retirer cette réponse", "Retirer"), card: mistake);

        // « Une autre difficulté ? », still the question, stays the last message: nothing below.
        Assert.Empty(replies);
        var replaced = Assert.Single(elu.Updates);
        Assert.Equal(mistake.Activity.Id, replaced.Activity.Id);
        Assert.Equal("C'est fait : cette réponse est retirée de l'état des lieux.", replaced.Text);
        Assert.Null(replaced.Card!.SelectToken("$.actions[0]"));
        await using var db = host.OpenDatabase();
        var kept = await db.Answers.Include(a => a.Tags).SingleAsync();
        Assert.Equal("Le bus ne passe plus", kept.Text);
        Assert.All(await db.ThemeTags.ToListAsync(), tag => Assert.Equal(kept.Id, tag.AnswerId));
        var recap = await elu.SayAsync("récap");
        recap.Said("Le bus ne passe plus");
        recap.DidNotSay("personnes âgées");
    }

    [Fact]
    public async Task Withdrawing_the_only_answer_about_a_theme_drops_its_risk_question()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var mistake = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        (await elu.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("J'ai terminé")).Said("Vieillissement à Merville : quel est le risque");

        var replies = await elu.SubmitAsync(mistake.Submit("Retirer cette réponse", "Retirer"), card: mistake);

        // Said in the card's place; the question open is no longer the one to answer, so the next one follows.
        Assert.Equal("C'est fait : cette réponse est retirée de l'état des lieux.", Assert.Single(elu.Updates).Text);
        replies.DidNotSay("C'est fait");
        replies.Said("Précarité à Merville : quel est le risque");
        replies.DidNotSay("Vieillissement à Merville : quel est le risque");
        (await elu.SayAsync("faible")).Said("Noté : risque faible pour « Précarité ».");
    }

    [Fact]
    public async Task The_only_difficulty_withdrawn_the_first_question_comes_back_in_its_own_words()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var mistake = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();

        var replies = await elu.SubmitAsync(mistake.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("Quelles difficultés sociales observez-vous à Merville ?");
        replies.DidNotSay("Une autre difficulté");
    }

    [Fact]
    public async Task A_risk_level_goes_with_the_only_answer_that_raised_its_theme()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var mistake = (await elu.SayAsync("Beaucoup de familles au RSA")).Acknowledgement();
        (await elu.SayAsync("Les personnes âgées isolées")).Said("Noté — Vieillissement, Lien social.");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("faible")).Said("Noté : risque faible pour « Vieillissement ».");
        (await elu.SayAsync("élevé, trop de loyers impayés")).Said("Noté : risque élevé pour « Précarité ».");
        (await elu.SayAsync("faible")).Said("Noté : risque faible pour « Lien social ».");

        (await elu.SubmitAsync(mistake.Submit("Retirer cette réponse", "Retirer")))
            .Said("C'est fait : cette réponse est retirée de l'état des lieux, avec le niveau de risque donné pour « Précarité ».");

        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(["lien-social", "vieillissement"], await db.RiskAssessments.Select(r => r.ThemeId).OrderBy(t => t).ToListAsync());
        }
        (await elu.SayAsync("récap")).DidNotSay("Précarité");
    }

    [Fact]
    public async Task A_withdrawal_that_opens_a_finished_commune_again_goes_back_there_and_says_so()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville et Estaires");
        (await elu.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("élevé")).Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        var jeunesse = (await elu.SayAsync("Le club de jeunes a fermé, ils traînent le soir")).Acknowledgement();
        var replies = await elu.AnswerUntilAsync(await elu.SayAsync("modéré"), "Passons à Estaires", riskLevel: "modéré", nothingToReport: "ras");
        replies.Said("Commune 2/2 · Estaires · difficultés");

        replies = await elu.SubmitAsync(jeunesse.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux, avec le niveau de risque donné pour « Jeunesse »");
        replies.Said("Retour à Merville : une question s'y pose de nouveau.");
        replies.Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        replies.DidNotSay("Estaires : c'est terminé");
        var again = await elu.SayAsync("Rien à signaler");
        again.Said("Merville : c'est terminé.");
        again.Said("Commune 2/2 · Estaires · difficultés");
    }

    /// <param name="pausedMeanwhile">« pause » then « reprendre » before the answer: the pistes are still not shown again.</param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_withdrawal_that_opens_a_finished_etat_des_lieux_again_asks_its_question_at_once(bool pausedMeanwhile)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("élevé")).Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        var jeunesse = (await elu.SayAsync("Le club de jeunes a fermé, ils traînent le soir")).Acknowledgement();
        var replies = await elu.AnswerUntilAsync(await elu.SayAsync("modéré"), "L'état des lieux est complet", riskLevel: "modéré", nothingToReport: "ras");
        replies.Said("Merci ! L'état des lieux est complet pour Merville.");
        replies.Said("Ce que d'autres territoires ont fait");

        replies = await elu.SubmitAsync(jeunesse.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux");
        replies.Said("Avec ce changement, votre état des lieux a de nouveau une question.");
        replies.Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        if (pausedMeanwhile)
        {
            await elu.SayAsync("pause");
            (await elu.SayAsync("reprendre")).Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        }
        var completeAgain = await elu.SayAsync("Rien à signaler");
        completeAgain.Said("Merci ! L'état des lieux est complet pour Merville.");
        // Shown once, as the état des lieux was first completed.
        completeAgain.DidNotSay("Ce que d'autres territoires ont fait");
    }

    [Fact]
    public async Task A_rien_a_signaler_tapped_by_mistake_is_taken_back_and_its_theme_asked_again()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("élevé");
        var replies = await elu.SayAsync("Rien à signaler");
        var slip = replies.Single(r => r.Text.StartsWith("Noté : rien à signaler pour « Jeunesse ».", StringComparison.Ordinal));
        replies.Said("Rien n'est noté sur le thème « Vieillissement » à Merville.");

        replies = await elu.SubmitAsync(slip.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux.");
        replies.Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        await using var db = host.OpenDatabase();
        Assert.False(await db.Answers.AnyAsync(a => a.ReportsNoDifficulty));
    }

    [Fact]
    public async Task A_second_tap_and_someone_elses_answer_withdraw_nothing()
    {
        var author = host.Conversation("aad-author");
        await author.OnboardEluAsync("Merville");
        var ack = (await author.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        var colleague = host.Conversation("aad-colleague");
        await colleague.InviteAsync(host, ParticipantRole.Elu, "Merville");

        (await colleague.SubmitAsync(ack.Submit("Retirer cette réponse", "Retirer"))).Said("Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé.");
        await using (var db = host.OpenDatabase())
        {
            Assert.Equal(1, await db.Answers.CountAsync());
        }

        (await author.SubmitAsync(ack.Submit("Retirer cette réponse", "Retirer"))).Said("C'est fait : cette réponse est retirée");
        (await author.SubmitAsync(ack.Submit("Retirer cette réponse", "Retirer"))).Said("Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé.");
    }

    [Fact]
    public async Task A_withdrawal_after_a_pause_is_taken_and_the_pause_goes_on()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        await elu.SayAsync("pause");

        var replies = await elu.SubmitAsync(ack.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux.");
        replies.DidNotSay("Bon retour");
        replies.DidNotSay("Commune 1/1");
        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task A_secretaire_withdraws_an_answer_she_typed_for_an_elu()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.InviteAsync(host, ParticipantRole.SecretaireDeMairie, "Merville");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        (await secretaire.SayAsync("oui")).Said("Vous saisissez maintenant les réponses de Jean Martin.");
        var ack = (await secretaire.SayAsync("Les personnes âgées isolées")).Acknowledgement();

        var replies = await secretaire.SubmitAsync(ack.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux.");
        replies.Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");
        await using var db = host.OpenDatabase();
        Assert.Equal(0, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task A_secretaire_withdrawing_after_the_relay_ended_is_told_where_the_elus_etat_des_lieux_resumes()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.InviteAsync(host, ParticipantRole.SecretaireDeMairie, "Merville");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        await secretaire.SayAsync("oui");
        await secretaire.SayAsync("Beaucoup de familles au RSA");
        await secretaire.SayAsync("J'ai terminé");
        await secretaire.SayAsync("J'ai terminé");
        (await secretaire.SayAsync("élevé")).Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        var jeunesse = (await secretaire.SayAsync("Le club de jeunes a fermé, ils traînent le soir")).Acknowledgement();
        var replies = await secretaire.AnswerUntilAsync(await secretaire.SayAsync("modéré"), "L'état des lieux de Jean Martin est complet", riskLevel: "modéré", nothingToReport: "ras");
        replies.Said("L'état des lieux de Jean Martin est complet pour Merville.");

        replies = await secretaire.SubmitAsync(jeunesse.Submit("Retirer cette réponse", "Retirer"));

        replies.Said("C'est fait : cette réponse est retirée de l'état des lieux");
        replies.Said("L'état des lieux de Jean Martin reprendra ici : Commune 1/1 · Merville · thèmes non abordés. Écrivez « saisir pour un élu » pour le compléter.");
        (await secretaire.SayAsync("saisir pour un élu")).Said("Pour quel élu saisissez-vous les réponses ?");
        (await secretaire.SayAsync("Jean Martin")).Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
    }

    [Fact]
    public async Task An_elus_own_withdrawal_or_a_withdrawal_in_the_running_relay_says_nothing_of_where_it_resumes()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var own = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        (await elu.SubmitAsync(own.Submit("Retirer cette réponse", "Retirer"))).DidNotSay("reprendra ici");

        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.InviteAsync(host, ParticipantRole.SecretaireDeMairie, "Merville");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        await secretaire.SayAsync("oui");
        var typed = (await secretaire.SayAsync("Le bus ne passe plus")).Acknowledgement();
        (await secretaire.SubmitAsync(typed.Submit("Retirer cette réponse", "Retirer"))).DidNotSay("reprendra ici");
    }
}
