using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>A risk level tapped by mistake is changed from its acknowledgement; its reason stays.</summary>
public sealed class RiskChangeTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_risk_level_is_changed_from_its_acknowledgement_and_the_question_is_asked_again()
    {
        var elu = host.Conversation();
        var ack = await GiveAHighRiskAsync(elu);
        var levels = ack.Action("Changer le niveau").SelectToken("$.card.body[0]")!;
        Assert.Equal(["Faible", "Modéré", "Élevé"], levels.SelectTokens("$.choices[*].title").Select(t => (string)t!));
        Assert.Equal("eleve", (string)levels["value"]!);
        Assert.Equal("Nouveau niveau pour Précarité", (string)levels["label"]!);

        var replies = await elu.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer", ("level", "faible")), card: ack);

        replies.Said("C'est changé : risque faible pour « Précarité » à Merville.");
        replies.Said("Rien n'est noté sur le thème « Jeunesse » à Merville.");
        var replaced = Assert.Single(elu.Updates);
        Assert.Equal(ack.Activity.Id, replaced.Activity.Id);
        Assert.Equal("Noté : risque faible pour « Précarité ».", replaced.Text);
        await using var db = host.OpenDatabase();
        var risk = await db.RiskAssessments.SingleAsync();
        Assert.Equal((RiskLevel.Faible, "trop de loyers impayés"), (risk.Level, risk.Comment));
        (await elu.SayAsync("récap")).Said("Risque d'aggravation : faible pour Précarité");

        // A second tap on the old card, or the same level chosen again.
        var again = await elu.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer", ("level", "faible")));
        again.Said("Le risque pour « Précarité » à Merville est déjà faible ; rien n'a été changé.");
        again.DidNotSay("C'est changé");
    }

    [Fact]
    public async Task No_level_chosen_someone_elses_level_or_a_tampered_theme_change_nothing()
    {
        var elu = host.Conversation("aad-author");
        var ack = await GiveAHighRiskAsync(elu);
        var colleague = host.Conversation("aad-colleague");
        await colleague.InviteAsync(host, ParticipantRole.Elu, "Merville");

        (await elu.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer"))).Said("Choisissez un niveau de risque.");
        (await colleague.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer", ("level", "faible"))))
            .Said("Je ne retrouve pas ce niveau de risque parmi les vôtres ; rien n'a été changé.");
        (await elu.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer", ("level", "faible"), ("themeId", "pas-un-theme"))))
            .Said("Je ne retrouve pas ce niveau de risque parmi les vôtres ; rien n'a été changé.");

        await using var db = host.OpenDatabase();
        Assert.Equal(RiskLevel.Eleve, (await db.RiskAssessments.SingleAsync()).Level);
    }

    [Fact]
    public async Task A_consultant_typing_for_an_elu_changes_the_level_and_is_told_the_commune()
    {
        await host.RegisterConsultantAndEluAsync();
        var consultant = host.Conversation(ConsultantSetup.ConsultantId);
        await consultant.SayAsync("bonjour");
        await consultant.SayAsync("saisir pour un élu");
        (await consultant.SayAsync("Paul Leroy")).Said("Vous saisissez maintenant les réponses de Paul Leroy.");
        await consultant.SayAsync("Beaucoup de familles au RSA");
        await consultant.SayAsync("J'ai terminé");
        await consultant.SayAsync("J'ai terminé");
        var ack = (await consultant.SayAsync("élevé")).Single(r => r.Text.StartsWith("Noté : risque élevé pour « Précarité ».", StringComparison.Ordinal));

        (await consultant.SubmitAsync(ack.Submit("Changer le niveau", "Enregistrer", ("level", "modere"))))
            .Said("C'est changé : risque modéré pour « Précarité » à Merville.");

        await using var db = host.OpenDatabase();
        Assert.Equal(RiskLevel.Modere, (await db.RiskAssessments.SingleAsync()).Level);
    }

    /// <summary>Merville, one difficulty about Précarité, both sections closed, its risk typed as « élevé »: its acknowledgement.</summary>
    private static async Task<BotReply> GiveAHighRiskAsync(TestConversation elu)
    {
        await elu.OnboardEluAsync("Merville");
        (await elu.SayAsync("Beaucoup de familles au RSA")).Said("Noté — Précarité.");
        await elu.SayAsync("J'ai terminé");
        (await elu.SayAsync("J'ai terminé")).Said("Précarité à Merville : quel est le risque");
        var replies = await elu.SayAsync("élevé, trop de loyers impayés");
        return replies.Single(r => r.Text.StartsWith("Noté : risque élevé pour « Précarité ».", StringComparison.Ordinal));
    }
}
