using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// Records the messages the bot replaces (<c>UpdateActivityAsync</c>): the SDK's TestAdapter only replaces a reply still
/// waiting in its queue, and the conversation has read those already.
/// </summary>
public sealed class RecordingUpdatesMiddleware(List<BotReply> updates) : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnUpdateActivity((_, activity, nextUpdate) =>
        {
            lock (updates)
            {
                // A copy: the adapter goes on changing the activity it is given.
                updates.Add(new BotReply(JObject.FromObject(activity).ToObject<Activity>()!));
            }
            return nextUpdate();
        });
        return next(cancellationToken);
    }
}
