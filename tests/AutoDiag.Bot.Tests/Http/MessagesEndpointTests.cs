using System.Net;
using AutoDiag.Bot.Tests.Support;
using AutoDiag.Knowledge.Themes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>Bot Framework activities posted to /api/messages, replies captured where the channel would receive them.</summary>
public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task A_message_gets_the_welcome_posted_back_to_the_channel()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();

        var response = await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"));

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var sent = factory.Connector.Sent.ToList();
        Assert.Contains(factory.Connector.SentTexts, t => t.StartsWith("Bonjour, je suis AutoDiag social", StringComparison.Ordinal));
        Assert.All(sent, s => Assert.Equal("/v3/conversations/http-conv/activities/act-1", s.Uri.AbsolutePath));
        Assert.Contains("Pour commencer, quel est votre rôle ?", factory.Connector.SentTexts);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_response_body()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();
        var activity = ChannelActivities.Message("act-1", "bonjour");
        activity["deliveryMode"] = "expectReplies";

        var response = await ChannelActivities.PostAsync(client, activity);

        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        var texts = body["activities"]!.Select(a => PlainText.Of((string?)a["text"])).ToList();
        Assert.Contains("Pour commencer, quel est votre rôle ?", texts);
        Assert.Empty(factory.Connector.Sent);
    }

    [Fact]
    public async Task An_error_in_a_turn_is_told_in_french_and_the_next_message_works()
    {
        var categorizer = new Mock<IThemeCategorizer>();
        categorizer.SetupSequence(c => c.Categorize(It.IsAny<string>()))
            .Throws(new InvalidOperationException("categoriser down"))
            .Returns(new ThemeCategorization([new ThemeScore("precarite", 0.9, ["RSA"])], false));
        await using var factory = new AutoDiagWebFactory { ConfigureServices = s => s.AddSingleton(categorizer.Object) };
        using var client = factory.CreateClient();
        var id = 0;
        foreach (var text in new[] { "bonjour", "Élu", "CC Flandre Lys", "Merville", "oui" })
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", text));
        }
        factory.Connector.Sent.Clear();

        await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", "Beaucoup de familles au RSA"));

        Assert.Contains(factory.Connector.SentTexts, t => t.StartsWith("Désolé, quelque chose s'est mal passé de mon côté.", StringComparison.Ordinal));
        factory.Connector.Sent.Clear();

        await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", "Beaucoup de familles au RSA"));

        Assert.Contains(factory.Connector.SentTexts, t => t.StartsWith("Bon retour", StringComparison.Ordinal));
        await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{++id}", "Beaucoup de familles au RSA"));
        Assert.Contains(factory.Connector.SentTexts, t => t.StartsWith("Noté — Précarité.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_sent_at_once_in_one_conversation_are_all_answered_without_an_error()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();

        // The first turns of a conversation race to create its state; later ones to update it.
        await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Task.Run(() => ChannelActivities.PostAsync(client, ChannelActivities.Message($"hello-{n}", "bonjour")))));
        foreach (var (text, n) in new[] { "Élu", "CC Flandre Lys", "Merville", "oui" }.Select((t, n) => (t, n)))
        {
            await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{n}", text));
        }
        var burst = Enumerable.Range(1, 8).Select(n => $"Difficulté numéro {n} : le bus ne passe plus").ToList();
        await Task.WhenAll(burst.Select((text, n) => Task.Run(() => ChannelActivities.PostAsync(client, ChannelActivities.Message($"burst-{n}", text)))));

        Assert.DoesNotContain(factory.Connector.SentTexts, t => t.Contains("quelque chose s'est mal passé", StringComparison.Ordinal));
        await using var db = factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AutoDiag.Knowledge.Persistence.AutoDiagDbContext>>().CreateDbContext();
        Assert.Equal(burst.Order(), db.Answers.Select(a => a.Text).ToList().Order());
    }

    [Fact]
    public async Task Health_check_answers_when_the_database_is_reachable()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync());
    }
}
