using AutoDiag.Bot.Middleware;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Channels redeliver activities, and élus open several conversations: nothing is recorded twice or lost.</summary>
public sealed class RedeliveryTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_same_activity_delivered_twice_records_one_answer()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        (await elu.SayAsync("Beaucoup de familles au RSA", activityId: "teams-42")).Said("Noté — Précarité.");
        var redelivered = await elu.SayAsync("Beaucoup de familles au RSA", activityId: "teams-42");

        Assert.Empty(redelivered);
        await using var db = host.OpenDatabase();
        Assert.Equal(1, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task The_conversation_state_keeps_the_ids_of_the_last_messages_only()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");

        var sent = Enumerable.Range(1, RedeliveryGuardMiddleware.RememberedActivities + 4).Select(i => $"teams-{i}").ToList();
        foreach (var id in sent)
        {
            (await elu.SayAsync("Beaucoup de familles au RSA", activityId: id)).Said("Noté");
        }

        await using var db = host.OpenDatabase();
        Assert.Equal(sent.TakeLast(RedeliveryGuardMiddleware.RememberedActivities), await RememberedActivities.InAsync(db, elu.ConversationId));
        // The last ones are still recognised.
        Assert.Empty(await elu.SayAsync("Beaucoup de familles au RSA", activityId: sent[^1]));
        Assert.Equal(sent.Count, await db.Answers.CountAsync());
    }

    [Fact]
    public async Task A_message_whose_turn_died_after_storing_its_answer_is_acknowledged_once_redelivered()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        // The turn that died: its answer committed, the conversation state not saved, nothing said.
        int participantId, merville;
        await using (var db = host.OpenDatabase())
        {
            participantId = await db.Participants.Select(p => p.Id).SingleAsync();
            merville = await db.Communes.Where(c => c.Name == "Merville").Select(c => c.Id).SingleAsync();
        }
        var participant = (await host.Services.GetRequiredService<ParticipantDirectory>().GetAsync(participantId))!;
        Assert.Null(AnswerText.TryCreate("Beaucoup de familles au RSA", out var text));
        await host.Services.GetRequiredService<InterviewService>()
            .RecordAnswerAsync(participant, merville, AnswerKind.Difficulty, text!, $"{elu.ConversationId}|teams-died");

        (await elu.SayAsync("Beaucoup de familles au RSA", activityId: "teams-died")).Said("Noté — Précarité.");

        await using var read = host.OpenDatabase();
        Assert.Equal(1, await read.Answers.CountAsync());
        Assert.Contains("teams-died", await RememberedActivities.InAsync(read, elu.ConversationId));
        Assert.Empty(await elu.SayAsync("Beaucoup de familles au RSA", activityId: "teams-died"));
    }

    [Fact]
    public async Task A_redelivered_risk_answer_does_not_answer_the_next_question()
    {
        var elu = host.Conversation();
        await elu.OnboardEluAsync("Merville");
        await elu.SayAsync("Beaucoup de familles au RSA");
        await elu.SayAsync("J'ai terminé");
        await elu.SayAsync("J'ai terminé");

        await elu.SayAsync("élevé", activityId: "teams-risk");
        await elu.SayAsync("élevé", activityId: "teams-risk");

        await using var db = host.OpenDatabase();
        Assert.Equal(RiskLevel.Eleve, (await db.RiskAssessments.SingleAsync()).Level);
        Assert.Equal(1, await db.Answers.CountAsync());
        (await elu.SayAsync("aide")).Said("« Jeunesse » à Merville");
    }

    [Fact]
    public async Task Two_conversations_of_the_same_user_do_not_corrupt_each_other()
    {
        var inTeamsDesktop = host.Conversation("aad-two-devices");
        await inTeamsDesktop.OnboardEluAsync("Merville");
        (await inTeamsDesktop.SayAsync("Beaucoup de familles au RSA")).Said("Noté");

        var onPhone = host.Conversation("aad-two-devices");
        var phone = await onPhone.SayAsync("bonjour");
        phone.Said("Bon retour !");
        phone.Said("Commune 1/1 · Merville · difficultés");
        (await onPhone.SayAsync("Plus de médecin depuis 2019")).Said("Noté — Santé");

        // Back on the desktop, whose dialog was waiting on the same question.
        (await inTeamsDesktop.SayAsync("Les personnes âgées isolées")).Said("Noté — Vieillissement");
        (await onPhone.SayAsync("J'ai terminé")).Said("Commune 1/1 · Merville · ressources");
        // The desktop still showed « Une autre difficulté ? »: the answer is kept as a difficulty, then the
        // desktop catches up with the question the phone reached.
        var caughtUp = await inTeamsDesktop.SayAsync("Le bus ne passe plus le samedi");
        caughtUp.Said("Noté — Mobilité");
        Assert.Contains("Commune 1/1 · Merville · ressources", caughtUp.Question().Text);

        await using var db = host.OpenDatabase();
        var answers = await db.Answers.OrderBy(a => a.Id).Select(a => new { a.Text, a.Kind }).ToListAsync();
        Assert.Equal(
            [
                ("Beaucoup de familles au RSA", AnswerKind.Difficulty),
                ("Plus de médecin depuis 2019", AnswerKind.Difficulty),
                ("Les personnes âgées isolées", AnswerKind.Difficulty),
                ("Le bus ne passe plus le samedi", AnswerKind.Difficulty),
            ],
            answers.Select(a => (a.Text, a.Kind)));
        Assert.Equal(1, await db.Participants.CountAsync());
    }
}
