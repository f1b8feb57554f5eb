using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Prompts;

internal static class PromptActivities
{
    private static readonly JsonSerializer Serializer = new();

    /// <summary>
    /// The activity to send, as a copy: sending stamps ids and addresses on an activity and choices are
    /// appended to it, while the original stays in the persisted options and is sent again on retry.
    /// </summary>
    public static Activity? For(PromptOptions options, bool isRetry)
    {
        var activity = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        return activity is null ? null : JObject.FromObject(activity, Serializer).ToObject<Activity>(Serializer);
    }
}
