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
    /// Those are assignments, so a shallow copy is enough; the lists are copied too, in case something adds to
    /// them. The cards are shared: nothing changes a card once built.
    /// </summary>
    public static Activity? For(PromptOptions options, bool isRetry)
    {
        var activity = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        if (activity is null)
        {
            return null;
        }

        var copy = (Activity)ShallowCopy(activity);
        copy.Attachments = activity.Attachments?.ToList();
        copy.Entities = activity.Entities?.ToList();
        return copy;
    }
}
