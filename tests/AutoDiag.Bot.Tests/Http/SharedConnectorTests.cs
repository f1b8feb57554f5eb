using System.Security.Claims;
using AutoDiag.Bot.Adapters;
using AutoDiag.Bot.Tests.Support;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Http;

/// <summary>
/// The connector and user token clients the bot makes are shared by its turns (<see cref="SharedConnectorAuthentication"/>),
/// and what goes over the wire is what a client of its own would send.
/// </summary>
public sealed class SharedConnectorTests
{
    [Fact]
    public async Task Turns_share_one_connector_client_per_endpoint_that_outlives_each_turn()
    {
        await using var factory = new AutoDiagWebFactory();
        var authentication = factory.Services.GetRequiredService<BotFrameworkAuthentication>();
        Assert.IsType<SharedConnectorAuthentication>(authentication);

        var first = await authentication.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(ChannelActivities.ServiceUrl, null, CancellationToken.None);
        first.Dispose(); // as the adapter does at the end of a turn
        var second = await authentication.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(ChannelActivities.ServiceUrl, null, CancellationToken.None);
        var elsewhere = await authentication.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync("https://elsewhere.test/", null, CancellationToken.None);

        Assert.Same(first.Conversations, second.Conversations);
        Assert.NotSame(first.Conversations, elsewhere.Conversations);
        Assert.Equal(new Uri(ChannelActivities.ServiceUrl), second.BaseUri);
        Assert.Equal(new Uri("https://elsewhere.test/"), elsewhere.BaseUri);
        Assert.IsType<ReadOnlyJsonContractResolver>(second.SerializationSettings.ContractResolver);
        Assert.IsType<ReadOnlyJsonContractResolver>(second.DeserializationSettings.ContractResolver);
        Assert.Same(second.SerializationSettings.ContractResolver, elsewhere.SerializationSettings.ContractResolver);
        // The connector's answer to a reply still reads.
        Assert.Equal("sent-1", JsonConvert.DeserializeObject<ResourceResponse>("{\"id\":\"sent-1\"}", second.DeserializationSettings)!.Id);
    }

    [Fact]
    public async Task Many_turns_reply_through_the_shared_client_after_the_first_turn_ended()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();

        for (var turn = 1; turn <= 3; turn++)
        {
            Assert.True((await ChannelActivities.PostAsync(client, ChannelActivities.Message($"act-{turn}", turn == 1 ? "bonjour" : "aide"))).IsSuccessStatusCode);
        }

        // Every turn, the first one disposed, still got its replies.
        foreach (var turn in new[] { "act-1", "act-2", "act-3" })
        {
            Assert.Contains(factory.Connector.Sent, s => (string?)s.Activity["replyToId"] == turn);
        }
    }

    [Fact]
    public async Task Replies_of_successive_turns_are_serialised_as_by_a_client_of_their_own()
    {
        await using var factory = new AutoDiagWebFactory();
        using var client = factory.CreateClient();

        Assert.True((await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-1", "bonjour"))).IsSuccessStatusCode);
        Assert.True((await ChannelActivities.PostAsync(client, ChannelActivities.Message("act-2", "Élu"))).IsSuccessStatusCode);

        // A connector client made as the SDK makes it, with resolvers of its own.
        using var own = new ConnectorClient(new Uri(ChannelActivities.ServiceUrl), MicrosoftAppCredentials.Empty);
        var sent = factory.Connector.Sent.ToList();
        Assert.True(sent.Count >= 3, $"{sent.Count} replies");
        foreach (var (uri, body) in sent)
        {
            var activity = body.ToObject<Activity>(JsonSerializer.Create(own.DeserializationSettings))!;
            var expected = JObject.Parse(JsonConvert.SerializeObject(activity, own.SerializationSettings));
            Assert.True(JToken.DeepEquals(expected, body), $"{uri}: {body}\nexpected {expected}");

            Assert.Equal("message", (string?)body["type"]);
            Assert.Equal("http-conv", (string?)body["conversation"]?["id"]);
            Assert.Equal("28:autodiag", (string?)body["from"]?["id"]);
            Assert.Equal("29:http-user", (string?)body["recipient"]?["id"]);
            Assert.EndsWith($"/activities/{(string?)body["replyToId"]}", uri.AbsolutePath, StringComparison.Ordinal);
            // Null properties are left out, as by the SDK's settings.
            Assert.DoesNotContain(body.Descendants().OfType<JProperty>(), p => p.Value.Type == JTokenType.Null);
        }
        Assert.Contains(factory.Connector.SentTexts, t => t.StartsWith("Bonjour, je suis AutoDiag social", StringComparison.Ordinal));
        Assert.Contains(sent, s => (string?)s.Activity["replyToId"] == "act-2");
    }
}
