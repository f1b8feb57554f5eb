using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Interview.Cards;

/// <summary>Puts a card in the place of the one its submit came from, so that it no longer shows what was just corrected.</summary>
internal static class CardReplacement
{
    /// <summary>
    /// Where the channel cannot replace a message (or the submit names none), the reply that goes with it says enough:
    /// a failure is logged, never thrown.
    /// </summary>
    /// <returns>Whether the card was replaced.</returns>
    public static async Task<bool> TryReplaceAsync(ITurnContext context, IActivity? replacement, ILogger logger, CancellationToken ct)
    {
        if (context.Activity.ReplyToId is not { Length: > 0 } cardId || replacement is not Activity activity)
        {
            return false;
        }
        activity.Id = cardId;
        try
        {
            await context.UpdateActivityAsync(activity, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not replace the card {ActivityId} after a correction ({Reason}).", cardId, e.GetType().Name);
            return false;
        }
    }

    /// <summary>Says it once, where the élu tapped: in the card's place, or below it where the channel cannot replace a message.</summary>
    /// <returns>Whether it was said in the card's place.</returns>
    public static async Task<bool> SayInPlaceAsync(ITurnContext context, IActivity inPlace, IActivity below, ILogger logger, CancellationToken ct)
    {
        if (await TryReplaceAsync(context, inPlace, logger, ct))
        {
            return true;
        }
        await context.SendActivityAsync(below, ct);
        return false;
    }
}
