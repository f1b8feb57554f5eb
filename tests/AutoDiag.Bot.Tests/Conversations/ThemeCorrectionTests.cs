using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>The themes shown after an answer are corrected in one tap; people's corrections win.</summary>
public sealed class ThemeCorrectionTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_acknowledgement_offers_the_ten_themes_as_toggles_with_the_recognised_ones_on()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Said("Noté — Vieillissement, Lien social.");

        var showCard = ack.Card!.SelectToken("$.actions[0]")!;
        Assert.Equal(("Action.ShowCard", "Corriger les thèmes"), ((string)showCard["type"]!, (string)showCard["title"]!));
        var toggles = showCard.SelectTokens("$.card.body[?(@.type == 'Input.Toggle')]").ToList();
        Assert.Equal(10, toggles.Count);
        Assert.Equal(
            ["vieillissement", "lien-social"],
            toggles.Where(t => (string)t["value"]! == "true").Select(t => ((string)t["id"]!).Split(':')[1]));
        var answerId = (string)showCard.SelectToken("$.card.actions[0].data.answerId")!;
        Assert.All(toggles, t => Assert.EndsWith($":{answerId}", (string)t["id"]!, StringComparison.Ordinal));
        Assert.Contains(toggles, t => ((string)t["title"]!).EndsWith("Accès aux droits et aux services publics", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_correction_replaces_the_themes_everywhere_and_the_question_is_asked_again()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();

        var replies = await elu.SubmitAsync(ThemeCorrection.Submit(ack, "vieillissement", "sante"), card: ack);

        replies.Said("C'est corrigé — Vieillissement, Santé. Merci, j'en tiendrai compte pour les prochaines réponses.");
        // The acknowledgement itself now shows the corrected themes, with the correction still one tap away.
        var replaced = Assert.Single(elu.Updates);
        Assert.Equal(ack.Activity.Id, replaced.Activity.Id);
        Assert.StartsWith("Noté — Vieillissement, Santé.", replaced.Text);
        Assert.Equal(
            ["vieillissement", "sante"],
            replaced.Card!.SelectTokens("$..[?(@.type == 'Input.Toggle' && @.value == 'true')].id").Select(id => ((string)id!).Split(':')[1]));
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        await using var db = host.OpenDatabase();
        var answer = await db.Answers.Include(a => a.Tags).SingleAsync();
        Assert.Equal(["vieillissement", "sante"], answer.Effective());
        Assert.Equal(2, answer.Tags.Count(t => t.Source == TagSource.Human));
        Assert.Equal(2, answer.Tags.Count(t => t.Source == TagSource.Automatic));
        (await elu.SayAsync("récap")).Said("• Les personnes âgées isolées (Vieillissement, Santé)");
    }

    [Fact]
    public async Task A_correction_with_no_theme_checked_changes_nothing()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();

        (await elu.SubmitAsync(ThemeCorrection.Submit(ack))).Said("Cochez au moins un thème, puis « Enregistrer ».");

        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.ThemeTags.ToListAsync(), t => t.Source == TagSource.Human);
    }

    [Fact]
    public async Task Another_participants_answer_cannot_be_corrected()
    {
        var merville = host.Conversation("aad-merville");
        await merville.OnboardEluAsync("Merville");
        var ack = (await merville.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        var estaires = host.Conversation("aad-estaires");
        await estaires.InviteAsync(host, ParticipantRole.Elu, "Estaires");

        (await estaires.SubmitAsync(ThemeCorrection.Submit(ack, "logement"))).Said("Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé.");

        var tampered = ThemeCorrection.Submit(ack, "logement");
        tampered["answerId"] = "pas-un-nombre";
        (await merville.SubmitAsync(tampered)).Said("Je ne retrouve pas cette réponse");
        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.ThemeTags.ToListAsync(), t => t.Source == TagSource.Human);
    }

    [Theory]
    [InlineData(ParticipantRole.Elu)]
    [InlineData(ParticipantRole.SecretaireDeMairie)]
    public async Task Someone_else_of_the_same_commune_cannot_correct_an_answer_they_did_not_give_nor_type(ParticipantRole role)
    {
        var author = host.Conversation("aad-author");
        await author.OnboardEluAsync("Merville");
        var ack = (await author.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        var colleague = host.Conversation("aad-colleague");
        await colleague.InviteAsync(host, role, "Merville");

        (await colleague.SubmitAsync(ThemeCorrection.Submit(ack, "logement"))).Said("Je ne retrouve pas cette réponse : elle a peut-être été retirée. Rien n'a été changé.");

        await using var db = host.OpenDatabase();
        Assert.DoesNotContain(await db.ThemeTags.ToListAsync(), t => t.Source is TagSource.Human or TagSource.Review);
    }

    [Theory]
    [InlineData("answerId", "[1]")]
    [InlineData("answerId", "{\"x\":1}")]
    [InlineData("action", "{\"x\":1}")]
    [InlineData("theme:logement", "[true]")]
    public async Task A_correction_with_an_object_or_an_array_in_a_field_is_refused_and_the_interview_goes_on(string field, string json)
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        var tampered = ThemeCorrection.Submit(ack, "lien-social");
        var key = tampered.Properties().Select(p => p.Name).FirstOrDefault(name => name.StartsWith(field, StringComparison.Ordinal)) ?? field;
        tampered[key] = JToken.Parse(json);

        var replies = await elu.SubmitAsync(tampered);

        replies.Said("Je n'ai pas pu lire cette carte ; rien n'a été enregistré.");
        var next = await elu.SayAsync("Le bus ne passe plus");
        next.DidNotSay("Bon retour");
        Assert.Contains("c'est noté", next.Acknowledgement().Text);
        await using var db = host.OpenDatabase();
        Assert.Equal(2, await db.Answers.CountAsync());
        Assert.DoesNotContain(await db.ThemeTags.ToListAsync(), t => t.Source != TagSource.Automatic);
    }

    [Fact]
    public async Task A_correction_made_after_a_pause_is_still_taken()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Les personnes âgées isolées")).Acknowledgement();
        await elu.SayAsync("pause");

        var replies = await elu.SubmitAsync(ThemeCorrection.Submit(ack, "lien-social"));

        replies.Said("C'est corrigé — Lien social.");
        replies.DidNotSay("Bon retour");
    }

    /// <summary>A theme added to a difficulty brings that theme's risk question, which a complete état des lieux lacked.</summary>
    [Fact]
    public async Task A_theme_added_to_a_finished_etat_des_lieux_asks_its_risk_question_at_once()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Beaucoup de familles au RSA")).Acknowledgement();
        var replies = await elu.AnswerUntilAsync(await elu.SayAsync("J'ai terminé"), "L'état des lieux est complet");
        replies.Said("Merci ! L'état des lieux est complet pour Merville.");

        replies = await elu.SubmitAsync(ThemeCorrection.Submit(ack, "precarite", "logement"));

        replies.Said("C'est corrigé — Logement, Précarité.");
        replies.Said("Avec ce changement, votre état des lieux a de nouveau une question.");
        Assert.Contains("Logement à Merville : quel est le risque que la situation s'aggrave ?", replies.Question().Text);
        (await elu.SayAsync("modéré")).Said("Merci ! L'état des lieux est complet pour Merville.");
        await using var db = host.OpenDatabase();
        Assert.Equal(
            [("logement", RiskLevel.Modere), ("precarite", RiskLevel.Eleve)],
            (await db.RiskAssessments.OrderBy(r => r.ThemeId).ToListAsync()).Select(r => (r.ThemeId, r.Level)));
    }

    [Fact]
    public async Task A_theme_taken_off_the_only_difficulty_on_it_takes_its_risk_level_along_and_says_so()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        var ack = (await elu.SayAsync("Beaucoup de familles au RSA")).Acknowledgement();
        var replies = await elu.AnswerUntilAsync(await elu.SayAsync("J'ai terminé"), "L'état des lieux est complet");

        replies = await elu.SubmitAsync(ThemeCorrection.Submit(ack, "logement"));

        replies.Said("C'est corrigé — Logement. Le niveau de risque donné pour « Précarité » est retiré : aucune autre difficulté ne porte sur ce thème.");
        replies.Said("Avec ce changement, votre état des lieux a de nouveau une question.");
        Assert.Contains("Logement à Merville : quel est le risque", replies.Question().Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.RiskAssessments.ToListAsync());
    }

    [Fact]
    public async Task A_secretaire_adding_a_theme_after_the_relay_ended_is_told_where_the_elus_etat_des_lieux_resumes()
    {
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.InviteAsync(host, ParticipantRole.SecretaireDeMairie, "Merville");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        await secretaire.SayAsync("oui");
        var ack = (await secretaire.SayAsync("Beaucoup de familles au RSA")).Acknowledgement();
        var replies = await secretaire.AnswerUntilAsync(await secretaire.SayAsync("J'ai terminé"), "L'état des lieux de Jean Martin est complet");

        replies = await secretaire.SubmitAsync(ThemeCorrection.Submit(ack, "precarite", "logement"));

        replies.Said("C'est corrigé — Logement, Précarité.");
        replies.Said("L'état des lieux de Jean Martin reprendra ici : Commune 1/1 · Merville · risque d'aggravation · thème 2/2. Écrivez « saisir pour un élu » pour le compléter.");
    }
}
