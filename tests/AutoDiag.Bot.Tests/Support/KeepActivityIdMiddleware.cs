using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Tests.Support;

/// <summary>
/// TestAdapter numbers every incoming activity itself; a channel keeps the id it gave, which is what
/// redelivery relies on. This puts the id the test chose back before the bot sees the activity.
/// </summary>
public sealed class KeepActivityIdMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private const string Property = "testActivityId";

    public static void Remember(Activity activity)
    {
        if (activity.Id is not null)
        {
            activity.Properties[Property] = activity.Id;
        }
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Properties?.Value<string>(Property) is { } id)
        {
            turnContext.Activity.Id = id;
        }
        return next(cancellationToken);
    }
}
