using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Dialogs.Tests.Support;

/// <summary>Activities a user's client sends besides typed text.</summary>
internal static class UserActivities
{
    /// <summary>An Adaptive Card Action.Submit: the inputs in Value, no text.</summary>
    public static Activity Submit(string json) => new(ActivityTypes.Message) { Value = JObject.Parse(json) };

    public static Activity Typing() => new(ActivityTypes.Typing);
}
