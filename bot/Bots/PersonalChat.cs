using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Bots;

/// <summary>The élu's one-to-one chat with the bot, where the interview happens (not a channel nor a group chat).</summary>
public static class PersonalChat
{
    public static bool Is(IActivity activity) =>
        activity.Conversation is { IsGroup: not true } conversation
        && conversation.ConversationType is null or "personal";
}
