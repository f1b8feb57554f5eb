using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// An unknown user once the démarche has participants: a rostered person is recognised by the e-mail Teams gives;
/// anyone else needs an invitation code (the message itself when it is one, else asked for). Ends with the
/// participant's id.
/// </summary>
public sealed class InvitationCodeDialog : ComponentDialog
{
    private const string Steps = "invitationCodeSteps";
    private const string CodePrompt = "invitationCode";
    private const string RedeemedKey = "AutoDiag.Redeemed";

    private readonly InvitationService invitations;
    private readonly RosterDirectory roster;
    private readonly IChannelMemberDirectory members;
    private readonly CurrentParticipant currentParticipant;

    public InvitationCodeDialog(InvitationService invitations, RosterDirectory roster, IChannelMemberDirectory members, CurrentParticipant currentParticipant)
        : base(nameof(InvitationCodeDialog))
    {
        this.invitations = invitations;
        this.roster = roster;
        this.members = members;
        this.currentParticipant = currentParticipant;

        AddDialog(new WaterfallDialog(Steps, [IdentifyStepAsync, EnrolledStepAsync]));
        AddDialog(new TextPrompt(CodePrompt, ValidateCodeAsync));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> IdentifyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var channelUserId = ChannelUser.IdOf(context.Activity);
        if (await members.FindEmailAsync(context, ct) is { } email && await roster.ClaimAsync(channelUserId, email, ct) is { } rostered)
        {
            currentParticipant.Forget(context);
            // The welcome tells an élu what the interview is; a consultant gets the list of commands next instead.
            if (rostered.Role is not (ParticipantRole.Consultant or ParticipantRole.Administrator))
            {
                await context.SendActivityAsync(MainTexts.Welcome, cancellationToken: ct);
            }
            await context.SendActivityAsync(InvitationTexts.RosterGreeting(rostered), cancellationToken: ct);
            return await step.EndDialogAsync(rostered.Id, ct);
        }

        // A code typed straight away, even as the very first message.
        if (InvitationCode.Normalize(context.Activity.Text) is not null)
        {
            var redemption = await invitations.RedeemAsync(channelUserId, context.Activity.From?.Name, context.Activity.Text!, ct);
            if (redemption.Participant is { } participant)
            {
                return await step.NextAsync(participant, ct);
            }
            await context.SendActivityAsync(InvitationTexts.Failure(redemption.Failure), cancellationToken: ct);
            return await step.PromptAsync(CodePrompt, new PromptOptions { Prompt = MessageFactory.Text(InvitationTexts.AskCode) }, ct);
        }

        await context.SendActivityAsync(MainTexts.Welcome, cancellationToken: ct);
        return await step.PromptAsync(CodePrompt, new PromptOptions { Prompt = MessageFactory.Text(InvitationTexts.AskCode) }, ct);
    }

    private async Task<DialogTurnResult> EnrolledStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = step.Result as ParticipantProfile ?? step.Context.TurnState.Get<ParticipantProfile>(RedeemedKey);
        currentParticipant.Forget(step.Context);
        if (participant is null)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        await step.Context.SendActivityAsync(InvitationTexts.Enrolled(participant), cancellationToken: ct);
        return await step.EndDialogAsync(participant.Id, ct);
    }

    /// <summary>Every message is tried as a code; a refusal says why and waits for another.</summary>
    private async Task<bool> ValidateCodeAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        var context = prompt.Context;
        // Registered by this very message in an attempt of the turn that did not count (a state conflict runs it again):
        // the code or the roster place is theirs already.
        if (await currentParticipant.GetAsync(context, ct) is { } registered)
        {
            context.TurnState.Set(RedeemedKey, registered);
            return true;
        }
        // Put on the roster since the first message: recognised now, without a code.
        if (await members.FindEmailAsync(context, ct) is { } email && await roster.ClaimAsync(ChannelUser.IdOf(context.Activity), email, ct) is { } rostered)
        {
            context.TurnState.Set(RedeemedKey, rostered);
            return true;
        }

        var typed = prompt.Recognized.Value ?? string.Empty;
        var redemption = await invitations.RedeemAsync(ChannelUser.IdOf(context.Activity), context.Activity.From?.Name, typed, ct);
        if (redemption.Participant is { } participant)
        {
            context.TurnState.Set(RedeemedKey, participant);
            return true;
        }

        await context.SendActivityAsync(InvitationTexts.Failure(redemption.Failure), cancellationToken: ct);
        return false;
    }
}
