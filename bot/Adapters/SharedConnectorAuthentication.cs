using System.Collections.Concurrent;
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
/// tokens, credentials, HttpClient from <see cref="IHttpClientFactory"/> with the connector's retries), except that the
/// clients it makes for a turn are made once and shared by the turns that follow: one <see cref="ConnectorClient"/> per
/// bot, channel endpoint and audience, one <see cref="UserTokenClient"/> per bot.
/// </summary>
/// <remarks>
/// The SDK's <see cref="CloudAdapter"/> asks for both clients at every turn and disposes them at its end. Made anew, each
/// connector client came with new Newtonsoft contract resolvers — the contracts of <see cref="Activity"/> rebuilt by
/// reflection at every reply, about 90 % of an echo turn's CPU on the load benchmark — and both kinds of client rewrote
/// the default headers of the one HttpClient they share, under a lock every turn waited for. The clients hold no state
/// of a turn (the credentials cache their token and renew it), so sharing them changes nothing on the wire. What the
/// adapter disposes is a handle that leaves the shared client alone. The SDK is archived at 4.23.1: the clients'
/// construction will not change under us.
/// </remarks>
public sealed class SharedConnectorAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    /// <summary>A bound against a sender making up endpoints in local mode (no token to check them): past it, clients are made per turn as the SDK does.</summary>
    private const int MaxSharedClients = 64;

    private static readonly IContractResolver Serialization = new ReadOnlyJsonContractResolver();
    private static readonly IContractResolver Deserialization = new ReadOnlyJsonContractResolver();

    private readonly ConcurrentDictionary<(string? Bot, string ServiceUrl, string? Audience), Task<IConnectorClient>> connectorClients = new();
    private readonly ConcurrentDictionary<string, Task<UserTokenClient>> userTokenClients = new(StringComparer.Ordinal);

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
        result.ConnectorFactory = Share(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);
        result.ConnectorFactory = Share(result.ConnectorFactory, result.ClaimsIdentity);
        return result;
    }

    /// <summary>Proactive messages (reminders: <c>ContinueConversationAsync</c>).</summary>
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        Share(inner.CreateConnectorFactory(claimsIdentity), claimsIdentity);

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var shared = await SharedAsync(userTokenClients, BotOf(claimsIdentity) ?? string.Empty,
            _ => inner.CreateUserTokenClientAsync(claimsIdentity, CancellationToken.None));
        return shared is null
            ? await inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)
            : new UserTokenClientHandle(shared);
    }

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private ConnectorFactory Share(ConnectorFactory factory, ClaimsIdentity? claimsIdentity) =>
        factory is null or SharingConnectorFactory ? factory! : new SharingConnectorFactory(this, factory, BotOf(claimsIdentity));

    /// <summary>The bot the credentials are made for: the token's audience (null in local mode).</summary>
    private static string? BotOf(ClaimsIdentity? claimsIdentity) =>
        claimsIdentity?.FindFirst(AuthenticationConstants.AudienceClaim)?.Value;

    /// <summary>
    /// The client made once for <paramref name="key"/>; a failed creation is forgotten, so the next turn tries again.
    /// Null past <see cref="MaxSharedClients"/> keys: the caller makes a client of its own.
    /// </summary>
    private static async Task<TClient?> SharedAsync<TKey, TClient>(ConcurrentDictionary<TKey, Task<TClient>> clients, TKey key, Func<TKey, Task<TClient>> create)
        where TKey : notnull
        where TClient : class
    {
        // ContainsKey first: Count takes every lock of the dictionary.
        if (!clients.ContainsKey(key) && clients.Count >= MaxSharedClients)
        {
            return null;
        }
        var creation = clients.GetOrAdd(key, create);
        try
        {
            return await creation;
        }
        catch
        {
            clients.TryRemove(new KeyValuePair<TKey, Task<TClient>>(key, creation));
            throw;
        }
    }

    private static IConnectorClient WithSharedResolvers(IConnectorClient client)
    {
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

    private sealed class SharingConnectorFactory(SharedConnectorAuthentication owner, ConnectorFactory factory, string? bot) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
        {
            var shared = await SharedAsync(owner.connectorClients, (bot, serviceUrl, audience),
                async _ => WithSharedResolvers(await factory.CreateAsync(serviceUrl, audience, CancellationToken.None)));
            return shared is null
                ? WithSharedResolvers(await factory.CreateAsync(serviceUrl, audience, cancellationToken))
                : new ConnectorClientHandle(shared);
        }
    }

    /// <summary>A shared connector client as a turn gets it: disposing it at the end of the turn leaves the client open.</summary>
    private sealed class ConnectorClientHandle(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri
        {
            get => client.BaseUri;
            set => throw new InvalidOperationException("The connector client is shared by every turn of this endpoint.");
        }

        public Newtonsoft.Json.JsonSerializerSettings SerializationSettings => client.SerializationSettings;

        public Newtonsoft.Json.JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;

        public Microsoft.Rest.ServiceClientCredentials Credentials => client.Credentials;

        public IAttachments Attachments => client.Attachments;

        public IConversations Conversations => client.Conversations;

        public void Dispose()
        {
        }
    }

    /// <summary>A shared user token client as a turn gets it: disposing it at the end of the turn leaves the client open.</summary>
    private sealed class UserTokenClientHandle(UserTokenClient client) : UserTokenClient
    {
        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
            client.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            client.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
            client.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            client.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            client.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            client.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

        protected override void Dispose(bool disposing)
        {
        }
    }
}
