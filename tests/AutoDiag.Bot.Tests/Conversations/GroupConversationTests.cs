using AutoDiag.Bot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Bot.Tests.Conversations;

/// <summary>Answers can be sensitive: in a channel or a group chat the bot only points to the personal chat.</summary>
public sealed class GroupConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task A_mention_gets_one_pointer_to_the_personal_chat_and_nothing_is_collected(string conversationType)
    {
        var team = host.Conversation("aad-group", conversationType: conversationType);

        Assert.Empty(await team.JoinAsync());
        var replies = await team.SayAsync("@AutoDiag social Les jeunes n'ont plus de bus");

        var reply = Assert.Single(replies);
        Assert.StartsWith("Bonjour ! Les réponses à l'état des lieux peuvent concerner des habitants : je les recueille uniquement en conversation privée.", reply.Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Answers.ToListAsync());
        Assert.Empty(await db.Participants.ToListAsync());
        // Not even a state to remember the message by: a redelivery only repeats the pointer.
        Assert.Empty(await db.BotStates.ToListAsync());
    }

    [Fact]
    public async Task A_registered_elu_mentioning_the_bot_in_a_team_is_not_interviewed_there()
    {
        var personal = host.Conversation("aad-elu");
        await personal.OnboardEluAsync("Merville");
        var team = host.Conversation("aad-elu", conversationType: "channel");

        var replies = await team.SayAsync("Beaucoup de familles au RSA");

        Assert.Contains("conversation privée", Assert.Single(replies).Text);
        await using var db = host.OpenDatabase();
        Assert.Empty(await db.Answers.ToListAsync());
    }
}
