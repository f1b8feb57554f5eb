using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>
/// A difficulty and a resource said in one breath: the answer is stored as it came, and the clause of the other kind is
/// offered to be added beside it, without holding up the interview.
/// </summary>
public sealed class MixedAnswerTests : IAsyncLifetime
{
    private const string ClubDesAines = "Beaucoup de personnes âgées isolées, heureusement le club des aînés passe les voir chaque semaine";
    private const string AddToResources = "L'ajouter aux ressources";

    private BotTestHost host = null!;
    private int merville;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync();
        await using var db = host.OpenDatabase();
        merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_help_said_with_a_difficulty_is_offered_as_a_resource_and_stored_once_when_tapped()
    {
        var elu = await StartAsync("aad-elu");

        var replies = await elu.SayAsync(ClubDesAines);

        // The answer is acknowledged as usual, the offer follows, and the next question still ends the turn.
        Assert.Same(replies.Acknowledgement(), replies[0]);
        var offer = OfferIn(replies);
        Assert.Equal("Ce message cite aussi une ressource : « Le club des aînés passe les voir chaque semaine ».", offer.Text);
        Assert.Equal([AddToResources], Buttons(offer));
        Assert.Same(offer, replies[^2]);
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Contains("Une autre difficulté ?", replies.Question().Text);

        var tap = offer.Submit(AddToResources);
        var added = await elu.SubmitAsync(tap, card: offer);
        // Said once, in the offer's place, and with its kind: the answer acknowledged just above is a difficulty.
        var inPlace = elu.Updates.Where(u => u.Activity.Id == offer.Activity.Id).ToList().Acknowledgement();
        Assert.StartsWith("Ajouté aux ressources de Merville", inPlace.Text, StringComparison.Ordinal);
        // Nothing below: « Une autre difficulté ? » is still the last message, and is not repeated under itself.
        Assert.Empty(added);
        await elu.SubmitAsync(tap, card: offer);

        var elus = await ParticipantIdAsync("aad-elu");
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.OrderBy(a => a.Id).Select(a => new { a.Kind, a.Text, a.CommuneId, a.ParticipantId }).ToListAsync();
        Assert.Equal(
            [new { Kind = AnswerKind.Difficulty, Text = ClubDesAines, CommuneId = merville, ParticipantId = elus },
             new { Kind = AnswerKind.Resource, Text = "Le club des aînés passe les voir chaque semaine", CommuneId = merville, ParticipantId = elus }],
            stored);
    }

    [Fact]
    public async Task A_limit_said_with_a_resource_is_offered_as_a_difficulty_whose_risk_is_then_asked()
    {
        var elu = await StartAsync("aad-elu");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");

        var replies = await elu.SayAsync("Il y a une épicerie solidaire mais elle est débordée");

        var offer = OfferIn(replies);
        Assert.Equal("Ce message signale aussi une difficulté : « Il y a une épicerie solidaire mais elle est débordée ».", offer.Text);
        Assert.Equal(["L'ajouter aux difficultés"], Buttons(offer));
        Assert.Contains("Une autre ressource ?", replies.Question().Text);
        var added = await elu.SubmitAsync(offer.Submit("L'ajouter aux difficultés"), card: offer);
        // Said in the offer's place; « Une autre ressource ? » stays the last message.
        Assert.Empty(added);

        await using (var db = host.OpenDatabase())
        {
            var stored = await db.Answers.OrderBy(a => a.Id).Skip(1).Select(a => new { a.Kind, a.Text }).ToListAsync();
            Assert.Equal(
                [new { Kind = AnswerKind.Resource, Text = "Il y a une épicerie solidaire mais elle est débordée" },
                 new { Kind = AnswerKind.Difficulty, Text = "Il y a une épicerie solidaire mais elle est débordée" }],
                stored);
        }
        // The difficulty added counts as one: its themes' risk is asked with the others.
        var risk = (await elu.SayAsync("J'ai terminé")).Question();
        Assert.Contains("quel est le risque", risk.Text);
    }

    [Theory]
    [InlineData("Le bus ne passe plus le samedi")]
    [InlineData("Il n'y a plus de médecin mais les gens vont à Lille")]
    [InlineData("Il y a une épicerie solidaire mais elle est débordée")]
    public async Task An_answer_of_one_kind_gets_the_usual_replies_and_no_offer(string answer)
    {
        var elu = await StartAsync("aad-elu");

        var replies = await elu.SayAsync(answer);

        Assert.Equal(2, replies.Count);
        replies.Acknowledgement();
        Assert.Contains("Une autre difficulté ?", replies.Question().Text);
        replies.DidNotSay("Ce message");
    }

    [Fact]
    public async Task A_resource_added_from_an_offer_is_said_noted_when_its_question_comes_whole()
    {
        var elu = await StartAsync("aad-elu");
        var offer = OfferIn(await elu.SayAsync(ClubDesAines));
        await elu.SubmitAsync(offer.Submit(AddToResources), card: offer);

        var resources = await elu.SayAsync("J'ai terminé");

        // Not « Une autre ressource ? »: the resources question was never asked.
        Assert.Contains("Une ressource est déjà notée. Quelles ressources existent à Merville pour y répondre", resources.Question().Text);
        var more = await elu.SayAsync("La mairie prête un minibus le mardi pour les courses");
        Assert.Contains("Une autre ressource ?", more.Question().Text);
    }

    [Fact]
    public async Task The_risk_question_quotes_the_difficulty_without_the_help_said_with_it()
    {
        var elu = await StartAsync("aad-elu");
        await elu.SayAsync(ClubDesAines);
        await elu.SayAsync("J'ai terminé");

        var risk = (await elu.SayAsync("J'ai terminé")).Question();

        Assert.Contains("Vieillissement à Merville : quel est le risque que la situation s'aggrave ?", risk.Text);
        Assert.Contains("Vous avez signalé : « Beaucoup de personnes âgées isolées »", risk.Text);
        Assert.DoesNotContain("club des aînés", risk.Text, StringComparison.Ordinal);
        // Stored as typed: the consultant reads all of it.
        await using var db = host.OpenDatabase();
        Assert.Equal(ClubDesAines, (await db.Answers.SingleAsync()).Text);
    }

    [Fact]
    public async Task An_offer_left_aside_does_not_hold_up_the_interview_and_can_be_taken_later()
    {
        var elu = await StartAsync("aad-elu");
        var offer = OfferIn(await elu.SayAsync(ClubDesAines));

        (await elu.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        var later = await elu.SubmitAsync(offer.Submit(AddToResources), card: offer);

        elu.Updates.Where(u => u.Activity.Id == offer.Activity.Id).ToList().Acknowledgement();
        // The resources question asked since is still the last message.
        Assert.Empty(later);
        await using var db = host.OpenDatabase();
        Assert.Equal(
            [(AnswerKind.Difficulty, ClubDesAines), (AnswerKind.Resource, "Le club des aînés passe les voir chaque semaine")],
            (await db.Answers.OrderBy(a => a.Id).Select(a => new { a.Kind, a.Text }).ToListAsync()).Select(a => (a.Kind, a.Text)));
    }

    [Fact]
    public async Task A_residents_name_is_masked_in_the_offer_and_in_what_the_tap_stores()
    {
        var elu = await StartAsync("aad-elu");

        var offer = OfferIn(await elu.SayAsync("Des aînés très seuls, heureusement les bénévoles du club passent voir Mme Dupont chaque jour"));

        Assert.DoesNotContain("Dupont", offer.Card!.ToString(), StringComparison.Ordinal);
        // Escaped as cards need it: Teams shows « [nom] ».
        Assert.Equal(@"Ce message cite aussi une ressource : « Les bénévoles du club passent voir Mme \[nom\] chaque jour ».", offer.Text);
        await elu.SubmitAsync(offer.Submit(AddToResources), card: offer);
        await using var db = host.OpenDatabase();
        var stored = await db.Answers.OrderBy(a => a.Id).LastAsync();
        Assert.Equal((AnswerKind.Resource, "Les bénévoles du club passent voir Mme [nom] chaque jour"), (stored.Kind, stored.Text));
    }

    [Fact]
    public async Task In_a_relay_the_clause_goes_to_the_elus_etat_des_lieux_with_the_secretaire_as_typist()
    {
        await using (var db = host.OpenDatabase())
        {
            var intercommunality = (await db.Intercommunalities.SingleAsync()).Id;
            await host.Services.GetRequiredService<ParticipantDirectory>().RegisterAsync(
                new Registration("aad-secretaire", "Marie Dupont", ParticipantRole.SecretaireDeMairie, intercommunality, [merville]));
        }
        var secretaire = host.Conversation("aad-secretaire");
        await secretaire.SayAsync("bonjour");
        await secretaire.SayAsync("saisir pour un élu");
        await secretaire.SayAsync("Jean Martin");
        (await secretaire.SayAsync("oui")).Said("Pour Jean Martin · Commune 1/1 · Merville · difficultés");

        var replies = await secretaire.SayAsync("Les familles ont du mal à se nourrir mais l'épicerie solidaire de la CC les aide");

        var offer = OfferIn(replies);
        Assert.Equal("Ce message cite aussi une ressource : « L'épicerie solidaire de la CC les aide ».", offer.Text);
        Assert.Contains("Pour Jean Martin · Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Empty(await secretaire.SubmitAsync(offer.Submit(AddToResources), card: offer));

        var jean = await ParticipantIdAsync(null, "Jean Martin");
        var marie = await ParticipantIdAsync("aad-secretaire");
        await using (var db = host.OpenDatabase())
        {
            var resource = await db.Answers.SingleAsync(a => a.Kind == AnswerKind.Resource);
            Assert.Equal((jean, marie, merville, "L'épicerie solidaire de la CC les aide"),
                (resource.ParticipantId, resource.EnteredByParticipantId, resource.CommuneId, resource.Text));
        }
    }

    private async Task<TestConversation> StartAsync(string userId)
    {
        var elu = host.Conversation(userId);
        (await elu.OnboardEluAsync("Merville")).Said("Commune 1/1 · Merville · difficultés");
        return elu;
    }

    private static BotReply OfferIn(IReadOnlyList<BotReply> replies) => replies.Single(r => r.Text.StartsWith("Ce message ", StringComparison.Ordinal));

    private static List<string> Buttons(BotReply reply) =>
        reply.Card!.SelectTokens("$.actions[*].title").Select(t => (string)t!).ToList();

    private async Task<int> ParticipantIdAsync(string? channelUserId, string? name = null)
    {
        await using var db = host.OpenDatabase();
        return await db.Participants.Where(p => channelUserId != null ? p.ChannelUserId == channelUserId : p.DisplayName == name).Select(p => p.Id).SingleAsync();
    }
}
