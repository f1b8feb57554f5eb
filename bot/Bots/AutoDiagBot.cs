using AutoDiag.Bot.Reminders;
using AutoDiag.Dialogs;
using AutoDiag.Interview.Dialogs;
using AutoDiag.Interview.Texts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AutoDiag.Bot.Bots;

/// <summary>
/// Runs the main dialog on every message and when the bot is added to a conversation, then saves
/// the conversation state (in the database, through <c>EntityFrameworkStorage</c>). Nothing is kept per user outside the
/// domain's tables, so there is no user state. A participant's
/// message in the personal chat also records where to send them reminders.
/// </summary>
public sealed class AutoDiagBot(ConversationState conversationState, MainDialog dialog, ConversationReferenceRecorder references)
    : ActivityHandler
{
    private const string DialogStateProperty = "DialogState";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    /// <summary>In a channel or a group chat (where Teams only sends @mentions) nothing is collected: one pointer to the personal chat.</summary>
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!PersonalChat.Is(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(MainTexts.PersonalChatOnly, cancellationToken: cancellationToken);
            return;
        }

        await RunDialogAsync(turnContext, cancellationToken);
        // After the dialog, so that someone who registered in this turn is recorded too.
        await references.RecordAsync(turnContext, cancellationToken);
    }

    /// <summary>Teams announces the bot itself being added to a personal chat; other clients announce the user.</summary>
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        membersAdded.Count > 0 && PersonalChat.Is(turnContext.Activity) ? RunDialogAsync(turnContext, cancellationToken) : Task.CompletedTask;

    private Task RunDialogAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        dialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(DialogStateProperty), cancellationToken);
}
