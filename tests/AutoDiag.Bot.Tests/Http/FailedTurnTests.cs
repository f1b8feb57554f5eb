using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>
/// A turn that fails: the élu is told, the conversation starts over, and the messages taken before it stay recognised —
/// a redelivery of one of them is still ignored.
/// </summary>
public sealed class FailedTurnTests
{
    [Fact]
    public async Task After_a_failed_turn_the_redelivery_of_an_earlier_message_is_still_ignored()
    {
        var categorizer = ScriptedCategorizer.Create();
        categorizer.Setup(c => c.Categorize(It.Is<string>(text => text.Contains("panne", StringComparison.Ordinal))))
            .Throws(new InvalidOperationException("categoriser down"));
        var connector = new RecordingConnectorHandler();
        await using var factory = new BotWebHost { Connector = connector, ConfigureServices = services => services.AddSingleton(categorizer.Object) };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in ChannelActivities.OnboardingToDifficulties)
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }
        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-1", "Beaucoup de familles au RSA"));

        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-2", "Tout est en panne"));
        Assert.StartsWith("Désolé, quelque chose s'est mal passé de mon côté.", connector.SentTexts[^1], StringComparison.Ordinal);
        var sentBefore = connector.Sent.Count;
        await ChannelActivities.PostAsync(client, ChannelActivities.Message("answer-1", "Beaucoup de familles au RSA"));

        Assert.Equal(sentBefore, connector.Sent.Count);
        await using var db = factory.OpenDatabase();
        Assert.Equal(1, await db.Answers.CountAsync());
        var remembered = await RememberedActivities.InAsync(db, "http-conv");
        Assert.Contains("answer-1", remembered);
        Assert.DoesNotContain("answer-2", remembered);
    }

    [Fact]
    public async Task A_conversation_state_that_cannot_be_read_is_deleted_and_the_next_message_works()
    {
        var connector = new RecordingConnectorHandler();
        await using var factory = new BotWebHost { Connector = connector };
        using var client = factory.CreateClient();
        await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));
        await using (var db = factory.OpenDatabase())
        {
            var state = await db.BotStates.SingleAsync(s => s.Key.EndsWith("/conversations/http-conv"));
            state.Document = """{"$type":"System.Diagnostics.Process, System.Diagnostics.Process"}""";
            await db.SaveChangesAsync();
        }

        await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-2", "Élu"));
        Assert.StartsWith("Désolé, quelque chose s'est mal passé de mon côté.", connector.SentTexts[^1], StringComparison.Ordinal);
        await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-3", "bonjour"));

        Assert.Contains("Pour commencer, quel est votre rôle ?", connector.SentTexts.TakeLast(2));
        await using var read = factory.OpenDatabase();
        Assert.Equal(["act-3"], await RememberedActivities.InAsync(read, "http-conv"));
    }
}
