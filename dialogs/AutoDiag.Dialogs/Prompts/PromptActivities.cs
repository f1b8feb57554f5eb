using System.Reflection;
using Microsoft.Bot.Schema;

namespace AutoDiag.Dialogs.Prompts;

internal static class PromptActivities
{
    // Activity has no public copy. A JSON round trip copied every card of every prompt (an eighth of what a turn
    // allocated): the protected MemberwiseClone is bound once instead.
    private static readonly Func<object, object> ShallowCopy = typeof(object)
        .GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!
        .CreateDelegate<Func<object, object>>();

    /// <summary>
    /// The activity to send, as a copy: sending stamps ids and addresses on an activity and choices are
    /// appended to it, while the original stays in the persisted options and is sent again on retry.
    /// All of these assign the activity's properties, so a shallow copy is enough; its attachments are shared, and
    /// nothing changes a card once built.
    /// </summary>
    public static Activity? For(PromptOptions options, bool isRetry)
    {
        var activity = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        return activity is null ? null : (Activity)ShallowCopy(activity);
    }
}
