using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Interview.Cards;

/// <summary>A message with one-tap answers: suggested actions work in Teams personal chats and in the Agents Playground.</summary>
public static class QuickReplies
{
    public static Activity Message(string text, IEnumerable<string> replies)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.SuggestedActions = new SuggestedActions
        {
            Actions = replies.Select(r => new CardAction(ActionTypes.ImBack, title: r, value: r)).ToList(),
        };
        return message;
    }
}
