using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Bot.Tests.Reminders;

/// <summary>« relancer »: a consultant reminds, at once, everyone of the intercommunalité who has not finished and can be reached.</summary>
public sealed class RemindAllTests : IAsyncLifetime
{
    private ReminderHost reminders = null!;
    private TestConversation consultant = null!;
    private readonly Dictionary<string, TestConversation> elus = [];
    private readonly Dictionary<string, ParticipantProfile> profiles = [];

    public async Task InitializeAsync()
    {
        reminders = await ReminderHost.StartAsync();
        await reminders.RegisterAsync("aad-consultant", "Claire Dubois", ParticipantRole.Consultant);
        consultant = reminders.Host.Conversation("aad-consultant", userName: "Claire Dubois");
        await consultant.SayAsync("bonjour");
        foreach (var (id, name) in new[] { ("aad-paul", "Paul Leroy"), ("aad-marie", "Marie Curie"), ("aad-anne", "Anne Roy"), ("aad-luc", "Luc Petit") })
        {
            profiles[id] = await reminders.RegisterAsync(id, name);
            elus[id] = reminders.Host.Conversation(id, userName: name);
            await elus[id].SayAsync("bonjour");
        }
        // Jean is registered (the roster, or relayed by the secrétaire) but never opened the chat with the bot.
        profiles["aad-jean"] = await reminders.RegisterAsync("aad-jean", "Jean Martin");
        await reminders.FinishInterviewAsync(profiles["aad-anne"].Id);
        await elus["aad-luc"].SayAsync("stop rappels");
    }

    public async Task DisposeAsync() => await reminders.DisposeAsync();

    [Fact]
    public async Task Reaches_the_unfinished_elus_at_once_and_says_who_could_not_be()
    {
        reminders.Clock.Advance(TimeSpan.FromMinutes(30)); // Saturday 10:30: no delay, no sending hours for a consultant

        var replies = await consultant.SayAsync("relancer");

        var report = Assert.Single(replies).Text;
        Assert.Equal(
            string.Join("\n",
                "Rappel envoyé à 2 élus : Marie Curie et Paul Leroy.",
                "1 élu n'a pas encore ouvert la conversation avec moi et ne peut pas être relancé ici : Jean Martin.",
                "1 élu a demandé à ne plus recevoir de rappels : Luc Petit.",
                "1 participant a déjà terminé.",
                "Les rappels automatiques attendent les jours ouvrés entre 8 h et 19 h ; celui-ci est parti tout de suite, à votre demande."),
            report);
        Assert.Equal(
            new[] { elus["aad-marie"].ConversationId, elus["aad-paul"].ConversationId }.Order(),
            reminders.Sent.Select(s => s.ConversationId).Order());
        Assert.All(reminders.Sent, s => Assert.StartsWith("Bonjour ! Il vous reste à compléter l'état des lieux de Merville (difficultés).", s.Text));
        Assert.DoesNotContain(reminders.Sent, s => s.ConversationId == consultant.ConversationId);
    }

    [Fact]
    public async Task The_elu_anonyme_that_keeps_an_erased_elus_answers_is_not_counted()
    {
        await using (var db = reminders.Host.OpenDatabase())
        {
            db.Participants.Add(new Participant
            {
                DisplayName = ParticipantDataService.AnonymousDisplayName, Role = ParticipantRole.Elu,
                IntercommunalityId = profiles["aad-paul"].IntercommunalityId,
            });
            await db.SaveChangesAsync();
        }

        var report = Assert.Single(await consultant.SayAsync("relancer")).Text;

        Assert.Contains("1 participant a déjà terminé.", report);
        Assert.DoesNotContain("anonyme", report);
    }

    [Fact]
    public async Task A_second_relancer_within_the_hour_sends_nothing_more()
    {
        await consultant.SayAsync("relancer les élus");
        reminders.Clock.Advance(TimeSpan.FromMinutes(20));

        var report = Assert.Single(await consultant.SayAsync("relancer")).Text;

        Assert.StartsWith("Aucun rappel envoyé.\n", report);
        Assert.Contains("2 élus ont déjà reçu un rappel il y a moins d'une heure : Marie Curie et Paul Leroy.", report);
        Assert.Equal(2, reminders.Sent.Count);
    }

    [Fact]
    public async Task A_consultants_reminder_counts_and_delays_the_automatic_one()
    {
        reminders.Clock.SetUtcNow(ReminderHost.Paris(2026, 11, 30, 9)); // Monday: the élus wrote on Saturday
        await consultant.SayAsync("relancer");

        // Without it, they would have had one on Tuesday 10:00; now three days after it.
        var sentAt = await reminders.RunChecksUntilAsync(ReminderHost.Paris(2026, 12, 3, 12));

        Assert.Equal([ReminderHost.Paris(2026, 12, 3, 9), ReminderHost.Paris(2026, 12, 3, 9)], sentAt);
    }

    [Fact]
    public async Task A_secretaire_de_mairie_is_reminded_too()
    {
        await reminders.RegisterAsync("aad-sophie", "Sophie Lenoir", ParticipantRole.SecretaireDeMairie);
        await reminders.Host.Conversation("aad-sophie").SayAsync("bonjour");
        reminders.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.StartsWith("Rappel envoyé à 3 participants : Marie Curie, Paul Leroy et Sophie Lenoir.", Assert.Single(await consultant.SayAsync("relancer")).Text);
    }

    [Fact]
    public async Task An_elu_cannot_relancer_and_gets_the_question_again()
    {
        var replies = await elus["aad-paul"].SayAsync("relancer");

        replies.Said("Relancer les élus est réservé aux consultants et aux administrateurs de l'intercommunalité.");
        Assert.Contains("Commune 1/1 · Merville · difficultés", replies.Question().Text);
        Assert.Empty(reminders.Connector.Sent);
    }

    [Fact]
    public async Task When_everyone_has_finished_there_is_nobody_to_remind()
    {
        foreach (var id in new[] { "aad-paul", "aad-marie", "aad-luc", "aad-jean" })
        {
            await reminders.FinishInterviewAsync(profiles[id].Id);
        }

        Assert.Equal(
            "Tout le monde a terminé l'état des lieux de la CC Flandre Lys : personne à relancer.",
            Assert.Single(await consultant.SayAsync("relancer")).Text);
        Assert.Empty(reminders.Connector.Sent);
    }

    [Fact]
    public async Task The_consultants_help_lists_relancer()
    {
        (await consultant.SayAsync("aide")).Said("« relancer » : un rappel à ceux qui n'ont pas terminé l'état des lieux.");
    }
}
