using AutoDiag.Knowledge.Invitations;
using System.Text.RegularExpressions;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Interview.Participants;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using Microsoft.Bot.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Once someone takes part, joining takes an invitation code or a place on the roster.</summary>
public sealed partial class InvitationTests : IAsyncDisposable
{
    private BotTestHost? host;

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_consultant_invites_an_elu_of_merville_who_types_the_code_and_starts_the_interview()
    {
        host = await BotTestHost.StartAsync();
        var consultant = await RegisteredConsultantAsync(host);

        var roles = await consultant.SayAsync("inviter");
        roles.Said("Quel sera le rôle de la personne invitée ?");
        Assert.Equal(["Élu(e)", "Secrétaire de mairie", "Consultant(e)"], roles.Question().SuggestedActions);
        var card = (await consultant.SayAsync("Élu")).Question();
        Assert.Contains("Merville", card.CardChoices);
        var created = (await consultant.SayAsync("Merville")).Said("Code d'invitation : ");
        created.Text.Should_mention_validity();
        var code = CodePattern().Match(created.Text).Value;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);

        var elu = host.Conversation("aad-new-elu", userName: "Paul Martin");
        var replies = await elu.SayAsync(code.Replace("-", string.Empty).ToLowerInvariant());

        replies.Said("C'est fait. Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville.");
        replies.Said("Commune 1/1 · Merville · difficultés");
        replies.Said("Quelles difficultés sociales observez-vous à Merville ?");
        await using var db = host.OpenDatabase();
        var enrolled = await db.Participants.Include(p => p.Communes).SingleAsync(p => p.ChannelUserId == "aad-new-elu");
        Assert.Equal(ParticipantRole.Elu, enrolled.Role);
        Assert.NotNull((await db.Invitations.SingleAsync()).RedeemedAt);
    }

    [Fact]
    public async Task Inviter_typed_again_restarts_the_invitation_instead_of_stacking_one_more()
    {
        host = await BotTestHost.StartAsync();
        var consultant = await RegisteredConsultantAsync(host);
        for (var i = 0; i < 5; i++)
        {
            (await consultant.SayAsync("inviter")).Said("Quel sera le rôle de la personne invitée ?");
        }

        await consultant.SayAsync("Élu");
        var created = await consultant.SayAsync("Merville");

        created.Said("Code d'invitation : ");
        created.DidNotSay("Quel sera le rôle de la personne invitée ?");
        (await consultant.SayAsync("aide")).DidNotSay("Quel sera le rôle de la personne invitée ?");
        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.Invitations.CountAsync());
    }

    [Theory]
    [InlineData("9999")]
    [InlineData("abc")]
    public async Task A_communes_card_with_a_commune_it_did_not_offer_is_refused_and_logged(string communes)
    {
        host = await BotTestHost.StartAsync();
        var consultant = await RegisteredConsultantAsync(host);
        await consultant.SayAsync("inviter");
        var card = (await consultant.SayAsync("Élu")).Question();
        var submit = (JObject)card.SubmitData.DeepClone();
        submit["communes"] = communes;

        var replies = await consultant.SubmitAsync(submit);

        replies.Should_refuse_a_commune_the_card_did_not_offer(host, "Refused Invite (InviteDialog", "Consultant");
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Invitations.ToListAsync());
    }

    [Fact]
    public async Task A_consultant_who_joins_by_a_code_is_told_what_to_ask_for_not_that_the_code_was_spent()
    {
        host = await BotTestHost.StartAsync();
        var consultant = await RegisteredConsultantAsync(host);
        await consultant.SayAsync("inviter");
        var code = CodePattern().Match((await consultant.SayAsync("Consultant")).Said("Code d'invitation : ").Text).Value;

        var newcomer = host.Conversation("aad-new-consultant", userName: "Luc Bernard");
        var replies = await newcomer.SayAsync(code.Replace("-", " ").ToLowerInvariant());

        replies.Said("C'est fait. Vous accompagnez la CC Flandre Lys dans sa démarche.");
        replies.Said("Voici ce que vous pouvez me demander :");
        replies.DidNotSay("déjà servi");
        replies.DidNotSay("Merci, votre inscription est faite");
        await using var db = host.OpenDatabase();
        Assert.Equal(ParticipantRole.Consultant, (await db.Participants.SingleAsync(p => p.ChannelUserId == "aad-new-consultant")).Role);
    }

    [Fact]
    public async Task A_consultants_help_lists_the_commands_once_with_the_relay_and_what_is_no_command_is_said_so()
    {
        host = await BotTestHost.StartAsync();
        var consultant = await RegisteredConsultantAsync(host);

        var help = await consultant.SayAsync("aide");

        Assert.Single(help, reply => reply.Text.Contains("« vue d'ensemble »", StringComparison.Ordinal));
        help.Said("« saisir pour un élu » : taper les réponses d'un élu qui n'utilise pas Teams.");
        (await consultant.SayAsync("relancer Estaires")).Said("Je n'ai pas compris « relancer Estaires ». Voici ce que vous pouvez me demander :");
        (await consultant.SayAsync("bonjour")).Said("Bonjour ! Voici ce que vous pouvez me demander :");
    }

    /// <summary>Claire Petit, consultant of the CC Flandre Lys, registered in the demo.</summary>
    private static async Task<TestConversation> RegisteredConsultantAsync(BotTestHost host)
    {
        var consultant = host.Conversation("aad-consultant", userName: "Claire Petit");
        await consultant.SayAsync("bonjour");
        await consultant.SayAsync("Consultant");
        await consultant.SayAsync("CC Flandre Lys");
        (await consultant.SayAsync("oui")).Said("Merci, votre inscription est faite.");
        return consultant;
    }

    [Fact]
    public async Task An_expired_code_is_explained_and_another_one_is_asked_for()
    {
        host = await BotTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Invitations:ValidFor"] = "00:00:00" });
        await host.Conversation("aad-first").OnboardEluAsync("Estaires");
        var code = await host.CreateInvitationCodeAsync(ParticipantRole.Elu, "Merville");

        var elu = host.Conversation("aad-late");
        (await elu.SayAsync("bonjour")).Said("Pour participer, il vous faut un code d'invitation");
        var replies = await elu.SayAsync(code);

        replies.Said("Ce code d'invitation a expiré. Demandez-en un nouveau à votre consultant ou à votre intercommunalité, puis tapez-le ici.");
        replies.DidNotSay("Commune 1/1");
        (await elu.SayAsync("ABCD-EFGH")).Said("Je ne trouve pas ce code d'invitation.");
        await using var db = host.OpenDatabase();
        Assert.False(await db.Participants.AnyAsync(p => p.ChannelUserId == "aad-late"));
    }

    [Fact]
    public async Task A_used_code_is_refused_to_a_second_person()
    {
        host = await BotTestHost.StartAsync();
        await host.Conversation("aad-first").OnboardEluAsync("Estaires");
        var code = await host.CreateInvitationCodeAsync(ParticipantRole.SecretaireDeMairie, "Merville");
        (await host.Conversation("aad-secretaire").SayAsync(code)).Said("Commune 1/1 · Merville");

        var replies = await host.Conversation("aad-someone-else").SayAsync(code);

        replies.Said("Ce code d'invitation a déjà servi : il ne sert qu'une fois.");
    }

    [Fact]
    public async Task A_second_unknown_user_is_asked_for_a_code_instead_of_the_free_onboarding()
    {
        host = await BotTestHost.StartAsync();
        await host.Conversation("aad-first").OnboardEluAsync("Merville");

        var stranger = host.Conversation("aad-stranger");
        var welcome = await stranger.SayAsync("bonjour");

        welcome.Said("Bonjour, je suis AutoDiag social");
        Assert.Equal(
            "Pour participer, il vous faut un code d'invitation, transmis par votre consultant ou votre intercommunalité. Tapez-le ici.",
            welcome.Question().Text);
        welcome.DidNotSay("quel est votre rôle");
        var again = await stranger.SayAsync("Élu");
        again.Said("Je ne trouve pas ce code d'invitation.");
        again.DidNotSay("intercommunalité participez-vous");
        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.Participants.CountAsync());
    }

    [Fact]
    public async Task A_rostered_user_is_recognised_by_their_teams_email_on_their_first_message()
    {
        var members = new Mock<IChannelMemberDirectory>();
        members.Setup(m => m.FindEmailAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync("Paul.Martin@Merville.fr");
        host = await BotTestHost.StartAsync(configureServices: services => services.AddSingleton(members.Object));
        var roster = new RosterCsvImporter(host.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>(), TimeProvider.System);
        var report = await roster.ImportAsync(new StringReader("""
            nom;email;role;intercommunalite;communes
            Paul Martin;paul.martin@merville.fr;élu;CC Flandre Lys;Merville|Estaires
            """));
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));

        var replies = await host.Conversation("aad-paul", userName: "P. Martin").SayAsync("bonjour");

        replies.Said("Bonjour Paul Martin. Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville et Estaires.");
        replies.Said("Commune 1/2 · Merville · difficultés");
        replies.DidNotSay("code d'invitation");
        await using var db = host.OpenDatabase();
        Assert.Equal("aad-paul", (await db.Participants.SingleAsync()).ChannelUserId);
    }

    [Fact]
    public async Task A_rostered_consultant_is_greeted_with_the_commands_not_the_elus_welcome()
    {
        var members = new Mock<IChannelMemberDirectory>();
        members.Setup(m => m.FindEmailAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync("claire.petit@conseil.fr");
        host = await BotTestHost.StartAsync(configureServices: services => services.AddSingleton(members.Object));
        var roster = new RosterCsvImporter(host.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>(), TimeProvider.System);
        Assert.True((await roster.ImportAsync(new StringReader("""
            nom;email;role;intercommunalite;communes
            Claire Petit;claire.petit@conseil.fr;consultante;CC Flandre Lys;
            """))).Succeeded);

        var replies = await host.Conversation("aad-claire", userName: "Claire Petit").SayAsync("bonjour");

        replies.Said("Bonjour Claire Petit. Vous accompagnez la CC Flandre Lys dans sa démarche.");
        replies.DidNotSay("comme consultant");
        replies.Said("Voici ce que vous pouvez me demander :");
        replies.DidNotSay("pour chacune de vos communes");
        replies.DidNotSay("Merci, votre inscription est faite");
    }

    [Fact]
    public async Task Someone_put_on_the_roster_after_their_first_message_is_recognised_at_the_next_one()
    {
        var members = new Mock<IChannelMemberDirectory>();
        members.Setup(m => m.FindEmailAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync("paul.martin@merville.fr");
        host = await BotTestHost.StartAsync(configureServices: services => services.AddSingleton(members.Object));
        await RegisteredConsultantAsync(host);
        var paul = host.Conversation("aad-paul", userName: "Paul Martin");
        (await paul.SayAsync("bonjour")).Said("code d'invitation");

        var roster = new RosterCsvImporter(host.Services.GetRequiredService<IDbContextFactory<AutoDiagDbContext>>(), TimeProvider.System);
        Assert.True((await roster.ImportAsync(new StringReader("""
            nom;email;role;intercommunalite;communes
            Paul Martin;paul.martin@merville.fr;élu;CC Flandre Lys;Merville
            """))).Succeeded);
        var replies = await paul.SayAsync("bonjour");

        replies.Said("C'est fait. Vous participez à l'état des lieux de la CC Flandre Lys, pour Merville.");
        replies.Said("Commune 1/1 · Merville · difficultés");
        replies.DidNotSay("Je ne trouve pas ce code");
        await using var db = host.OpenDatabase();
        Assert.Equal("aad-paul", (await db.Participants.SingleAsync(p => p.DisplayName == "Paul Martin")).ChannelUserId);
    }

    [Fact]
    public async Task An_elu_cannot_invite()
    {
        host = await BotTestHost.StartAsync();
        var elu = host.Conversation("aad-elu");
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("pause");

        (await elu.SayAsync("inviter")).Said("Seuls les consultants et les administrateurs de la démarche peuvent inviter des participants.");

        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Invitations.ToListAsync());
        Assert.Contains(host.Logs.GetSnapshot(), log => log.Level == LogLevel.Warning
            && log.Message.StartsWith("Refused Invite (InviteDialog) to participant", StringComparison.Ordinal) && log.Message.EndsWith("(Elu)", StringComparison.Ordinal));
    }

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task A_consultant_typing_a_code_for_another_intercommunality_follows_it_too()
    {
        host = await BotTestHost.StartAsync();
        var directory = host.Services.GetRequiredService<ParticipantDirectory>();
        int flandreLys, hautAllier;
        await using (var db = host.OpenDatabase())
        {
            flandreLys = (await db.Intercommunalities.SingleAsync()).Id;
            var other = new AutoDiag.Knowledge.Territories.Intercommunality { Name = "CC du Haut Allier", Communes = [new AutoDiag.Knowledge.Territories.Commune { Name = "Langogne" }] };
            db.Intercommunalities.Add(other);
            await db.SaveChangesAsync();
            hautAllier = other.Id;
        }
        await directory.RegisterAsync(new Registration("aad-claire", "Claire", ParticipantRole.Consultant, flandreLys, []));
        var admin = await directory.RegisterAsync(new Registration("aad-admin", "Admin", ParticipantRole.Administrator, hautAllier, []));
        var invitation = await host.Services.GetRequiredService<InvitationService>().CreateAsync(admin, ParticipantRole.Consultant, [], intercommunalityId: hautAllier);
        var claire = host.Conversation("aad-claire");

        var replies = await claire.SayAsync(InvitationCode.Format(invitation.Code));

        replies.Said("C'est noté : vous suivez désormais CC Flandre Lys et CC du Haut Allier.");
    }
}

internal static class InvitationAssertions
{
    /// <summary>« valable jusqu'au 05/12/2026. Transmettez-le à la personne invitée ; il ne sert qu'une fois. »</summary>
    public static void Should_mention_validity(this string text) =>
        Assert.Matches(@"— valable jusqu'au \d{2}/\d{2}/\d{4}\. Transmettez-le à la personne invitée ; il ne sert qu'une fois\.", text);

}
