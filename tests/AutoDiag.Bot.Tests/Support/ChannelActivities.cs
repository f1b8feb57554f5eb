using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>Bot Framework activities as a channel posts them to <c>/api/messages</c>, for the HTTP tests.</summary>
public static class ChannelActivities
{
    public const string ServiceUrl = "https://connector.test/";

    /// <summary>What it takes to reach the élu's first question on difficulties in a new database (demo mode).</summary>
    public static readonly IReadOnlyList<string> OnboardingToDifficulties = ["bonjour", "Élu", "CC Flandre Lys", "Merville", "oui"];

    public static JObject Message(string id, string text, string conversationId = "http-conv", string userId = "29:http-user") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["text"] = text,
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["conversation"] = new JObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["from"] = new JObject { ["id"] = userId, ["name"] = "Jeanne Martin", ["aadObjectId"] = $"aad-{userId}" },
        ["recipient"] = new JObject { ["id"] = "28:autodiag", ["name"] = "AutoDiag social" },
        ["locale"] = "fr-FR",
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JObject activity, string? bearerToken = null) =>
        PostRawAsync(client, activity.ToString(), bearerToken);

    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
        return client.SendAsync(request);
    }
}
