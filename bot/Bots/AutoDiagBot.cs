using AutoDiag.Dialogs;
using AutoDiag.Interview.Dialogs;
using AutoDiag.Interview.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Bots;

/// <summary>
/// Runs the main dialog on every message and when the bot is added to a conversation, then saves
/// the conversation and user state (in the database, through <c>EntityFrameworkStorage</c>).
/// </summary>
public sealed class AutoDiagBot(ConversationState conversationState, UserState userState, MainDialog dialog) : ActivityHandler
{
    private const string DialogStateProperty = "DialogState";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    /// <summary>In a channel or a group chat (where Teams only sends @mentions) nothing is collected: one pointer to the personal chat.</summary>
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        IsPersonal(turnContext.Activity)
            ? RunDialogAsync(turnContext, cancellationToken)
            : turnContext.SendActivityAsync(MainTexts.PersonalChatOnly, cancellationToken: cancellationToken);

    /// <summary>Teams announces the bot itself being added to a personal chat; other clients announce the user.</summary>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        membersAdded.Count > 0 && IsPersonal(turnContext.Activity) ? RunDialogAsync(turnContext, cancellationToken) : Task.CompletedTask;

    private static bool IsPersonal(IActivity activity) =>
        activity.Conversation is { IsGroup: not true } conversation
        && conversation.ConversationType is null or "personal";

    private Task RunDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(DialogStateProperty), cancellationToken);
}
