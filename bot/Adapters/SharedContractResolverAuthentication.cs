using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json.Serialization;

namespace AutoDiag.Bot.Adapters;

/// <summary>
/// The bot's <see cref="BotFrameworkAuthentication"/> (<see cref="ConfigurationBotFrameworkAuthentication"/>, unchanged:
/// tokens, credentials, HttpClient from <see cref="IHttpClientFactory"/> with the connector's retries), except that every
/// <see cref="ConnectorClient"/> it makes shares two contract resolvers.
/// </summary>
/// <remarks>
/// The SDK's <see cref="CloudAdapter"/> makes a connector client per turn, and each comes with new Newtonsoft contract
/// resolvers, so each reply rebuilt the contracts of <see cref="Activity"/> and its parts by reflection: measured on the
/// load benchmark, about 90 % of an echo turn's CPU. The resolvers are the ones the client makes
/// (<see cref="ReadOnlyJsonContractResolver"/>, no state but their cache, which Newtonsoft makes thread-safe), so what
/// goes over the wire is the same. The SDK is archived at 4.23.1: the client's construction will not change under us.
/// </remarks>
public sealed class SharedContractResolverAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly IContractResolver Serialization = new ReadOnlyJsonContractResolver();
    private static readonly IContractResolver Deserialization = new ReadOnlyJsonContractResolver();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Share(result.ConnectorFactory);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Share(result.ConnectorFactory);
        return result;
    }

    /// <summary>Proactive messages (reminders: <c>ContinueConversationAsync</c>).</summary>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => Share(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private static ConnectorFactory Share(ConnectorFactory factory) =>
        factory is null or SharingConnectorFactory ? factory! : new SharingConnectorFactory(factory);

    private sealed class SharingConnectorFactory(ConnectorFactory factory) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            var client = await factory.CreateAsync(serviceUrl, audience, cancellationToken);
            if (client.SerializationSettings is { } serialization)
            {
                serialization.ContractResolver = Serialization;
            }
            if (client.DeserializationSettings is { } deserialization)
            {
                deserialization.ContractResolver = Deserialization;
            }
            return client;
        }
    }
}
