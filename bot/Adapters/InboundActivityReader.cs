using System.Buffers;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AutoDiag.Bot.Adapters;

/// <summary><c>Messages</c> settings: what <c>POST /api/messages</c> accepts.</summary>
public sealed class InboundActivityOptions
{
    public const string SectionName = "Messages";

    /// <summary>256 KB: a Teams message is at most about 28 KB, an Adaptive Card submit a few KB.</summary>
    public const long DefaultMaxRequestBodySize = 256 * 1024;

    /// <summary>Largest body accepted, in bytes; a larger one gets 413 and is not read further.</summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;
}

/// <summary>What came of reading an activity from a request: the activity, or the status to answer and why.</summary>
public readonly record struct InboundActivity(Activity? Activity, int StatusCode, string? Problem)
{
    public static InboundActivity Refused(int statusCode, string problem) => new(null, statusCode, problem);
}

/// <summary>
/// Reads the activity of a <c>POST /api/messages</c> defensively: a JSON content type (415), a bounded body (413 past
/// <see cref="InboundActivityOptions.MaxRequestBodySize"/>, announced or not), JSON that must parse into an activity
/// with a type (400), nesting bounded like the SDK's serializer; and says which activities can make a turn.
/// </summary>
public static class InboundActivityReader
{
    /// <summary>
    /// The activity types of the Bot Framework schema that a channel sends; any other type (and the bot's own outbound
    /// types: delay, invokeResponse, trace) is acknowledged and ignored.
    /// </summary>
    public static readonly IReadOnlySet<string> KnownTypes = typeof(ActivityTypes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Except([ActivityTypes.Delay, ActivityTypesEx.InvokeResponse, ActivityTypes.Trace])
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxDepth = 128;

    /// <summary>Teams' longest ids (a channel thread's conversation) are a few hundred characters; longer would flood the logs.</summary>
    private const int MaxIdLength = 1024;

    public static async Task<InboundActivity> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // Channels always post JSON; anything else is not read at all.
        if (!request.HasJsonContentType())
        {
            return InboundActivity.Refused(StatusCodes.Status415UnsupportedMediaType, "content type missing or not JSON");
        }
        if (request.ContentLength > maxBytes)
        {
            return InboundActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"body of {request.ContentLength} bytes announced, more than {maxBytes}");
        }

        // Kestrel then refuses a larger chunked body itself; other servers (the tests' TestServer) rely on the count below.
        var sizeLimit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false } && (sizeLimit.MaxRequestBodySize is null || sizeLimit.MaxRequestBodySize > maxBytes))
        {
            sizeLimit.MaxRequestBodySize = maxBytes;
        }

        using var body = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    return InboundActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"body larger than {maxBytes} bytes");
                }
                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return InboundActivity.Refused(StatusCodes.Status413PayloadTooLarge, $"body larger than {maxBytes} bytes");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        body.Position = 0;
        Activity? activity;
        try
        {
            using var reader = new JsonTextReader(new StreamReader(body, Encoding.UTF8)) { MaxDepth = MaxDepth };
            activity = HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader);
            if (activity is not null && await reader.ReadAsync(cancellationToken))
            {
                return InboundActivity.Refused(StatusCodes.Status400BadRequest, "content after the activity");
            }
        }
        catch (JsonException malformed)
        {
            return InboundActivity.Refused(StatusCodes.Status400BadRequest, $"malformed JSON ({malformed.GetType().Name})");
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return InboundActivity.Refused(StatusCodes.Status400BadRequest, "no activity or no activity type");
        }

        TypedText.Clean(activity);
        return new InboundActivity(activity, StatusCodes.Status200OK, null);
    }

    /// <summary>
    /// What keeps an activity from making a turn — a missing, overlong or unusable channel, conversation, sender or
    /// reply address, a null member — or null. (The SDK would otherwise fail deep inside the turn.) Ids go into the
    /// connector's request headers, the logs and the database: the channels' ids are printable ASCII, so an id with a
    /// control character (a forged log line, a NUL that PostgreSQL refuses) or any other character is refused too.
    /// </summary>
    public static string? ProblemForTurn(Activity activity)
    {
        var problems = new List<string>();
        CheckId(problems, "channelId", activity.ChannelId);
        CheckId(problems, "conversation.id", activity.Conversation?.Id);
        CheckId(problems, "from.id", activity.From?.Id);
        CheckId(problems, "from.aadObjectId", activity.From?.AadObjectId, required: false);
        CheckId(problems, "id", activity.Id, required: false);
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
        {
            problems.Add("no serviceUrl");
        }
        if (activity.MembersAdded?.Contains(null) == true || activity.MembersRemoved?.Contains(null) == true)
        {
            problems.Add("a null member");
        }
        return problems.Count == 0 ? null : string.Join(", ", problems);
    }

    private static void CheckId(List<string> problems, string name, string? id, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                problems.Add($"no {name}");
            }
        }
        else if (id.Length > MaxIdLength)
        {
            problems.Add($"{name} longer than {MaxIdLength} characters");
        }
        else if (!id.All(c => c is >= '\x20' and <= '\x7E'))
        {
            problems.Add($"{name} not printable ASCII");
        }
    }
}
