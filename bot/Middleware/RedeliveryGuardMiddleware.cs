using AutoDiag.Bot.Bots;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Middleware;

/// <summary>
/// Channels redeliver an activity when they did not see our answer in time, possibly to another instance. The ids of a
/// conversation's last messages are kept in its conversation state, so a message's id is saved in the very write that
/// saves what its turn did to the dialog — no write of its own, and no window between the two. A redelivery is ignored,
/// never recording an answer twice nor moving the interview on by one question:
/// <list type="bullet">
/// <item>after the first delivery's turn: its id is in the state the redelivery reads;</item>
/// <item>during it, on another instance: of the two turns, the second to save its state is refused and runs again on the
/// state the first saved (<see cref="StateConflictRetryMiddleware"/>, which runs this middleware again): the id is
/// there, and the replies of the refused attempt were never sent.</item>
/// </list>
/// A turn that fails saves nothing, so the channel's next redelivery is processed; so is the redelivery of a turn whose
/// process was killed before it saved the state — its answer, already stored, is recognised by its unique index and
/// acknowledged this time. The error handler's reset of a failed conversation keeps the ids saved before
/// (<see cref="ClearConversationKeepingRecentIdsAsync"/>).
/// </summary>
public sealed class RedeliveryGuardMiddleware(ConversationState conversationState, ILogger<RedeliveryGuardMiddleware> logger)
    : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>Channels redeliver within minutes; nobody sends this many messages to the bot in the meantime.</summary>
    public const int RememberedActivities = 16;

    public const string RecentActivityIdsProperty = "RecentActivityIds";

    private readonly IStatePropertyAccessor<List<string>> recentActivityIds = conversationState.CreateProperty<List<string>>(RecentActivityIdsProperty);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        // In a channel or a group chat the bot only points to the personal chat: a redelivery repeats the pointer, and
        // the bot keeps no state there.
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id) || activity.Conversation?.Id is null
            || !PersonalChat.Is(activity))
        {
            await next(cancellationToken);
            return;
        }

        var recent = await recentActivityIds.GetAsync(turnContext, () => [], cancellationToken);
        if (recent.Contains(activity.Id))
        {
            logger.LogInformation("Activity {ActivityId} of conversation {ConversationId} was redelivered; ignored.", activity.Id, activity.Conversation.Id);
            return;
        }

        // Saved with the state at the end of the turn, and only if the turn succeeds.
        recent.Add(activity.Id);
        if (recent.Count > RememberedActivities)
        {
            recent.RemoveRange(0, recent.Count - RememberedActivities);
        }
        await next(cancellationToken);
    }

    /// <summary>
    /// After a failed turn the conversation starts over (its state is deleted), but the messages taken before stay
    /// recognised: their ids, as last saved — without the failed message's, whose redelivery is processed — are saved
    /// in the new state.
    /// </summary>
    public async Task ClearConversationKeepingRecentIdsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        List<string> recent;
        try
        {
            await conversationState.LoadAsync(turnContext, force: true, cancellationToken);
            recent = await recentActivityIds.GetAsync(turnContext, () => [], cancellationToken);
        }
        catch (Newtonsoft.Json.JsonException unreadable)
        {
            // The stored state cannot be read (maybe what failed the turn): it goes whole, so the next message works.
            logger.LogWarning(unreadable, "The state of conversation {ConversationId} cannot be read; deleted.", turnContext.Activity.Conversation?.Id);
            recent = [];
        }
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        if (recent.Count > 0)
        {
            await recentActivityIds.SetAsync(turnContext, recent, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        }
    }
}
