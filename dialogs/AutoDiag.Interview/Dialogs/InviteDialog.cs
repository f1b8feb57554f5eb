using System.Globalization;
using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Territories;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// « inviter », for consultants and administrators: the role of the person invited, their communes (for an élu or a
/// secrétaire de mairie), then a single-use code to pass on.
/// </summary>
public sealed class InviteDialog : ComponentDialog
{
    private const string Steps = "inviteSteps";
    private const string RolePrompt = "inviteRole";
    private const string CommunesPrompt = "inviteCommunes";
    private const string RoleKey = "role";

    private static readonly IReadOnlyList<RoleChoice> Roles = RoleChoices.All;

    private readonly InvitationService invitations;
    private readonly TerritoryDirectory territories;
    private readonly CurrentParticipant currentParticipant;
    private readonly AccessPolicy access;

    public InviteDialog(InvitationService invitations, TerritoryDirectory territories, CurrentParticipant currentParticipant, AccessPolicy access)
        : base(nameof(InviteDialog))
    {
        this.invitations = invitations;
        this.territories = territories;
        this.currentParticipant = currentParticipant;
        this.access = access;

        AddDialog(new WaterfallDialog(Steps, [RoleStepAsync, CommunesStepAsync, CreateStepAsync]));
        AddDialog(new ChoicePrompt(RolePrompt));
        AddDialog(new AdaptiveCardPrompt(CommunesPrompt, ValidateCommunesAsync, allowTypedText: true));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> RoleStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var inviter = await currentParticipant.GetAsync(step.Context, ct);
        var allowed = inviter is null ? [] : InvitationService.RolesInvitableBy(inviter);
        if (allowed.Count == 0)
        {
            access.LogRefusal(inviter, ProtectedAction.Invite, Id);
            await step.Context.SendActivityAsync(InvitationTexts.NotAllowed, cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        var offered = Roles.Where(r => allowed.Contains(r.Role)).ToList();
        return await step.PromptAsync(RolePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(InvitationTexts.AskRole),
            RetryPrompt = MessageFactory.Text(InvitationTexts.RoleRetry(offered.Select(r => r.Title).ToList())),
            Choices = offered.Select(r => new Choice { Value = r.Title, Synonyms = r.Synonyms.ToList() }).ToList(),
        }, ct);
    }

    private async Task<DialogTurnResult> CommunesStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var title = ((FoundChoice)step.Result!).Value;
        var role = Roles.Single(r => r.Title == title).Role;
        step.Values[RoleKey] = (int)role;
        if (role is not (ParticipantRole.Elu or ParticipantRole.SecretaireDeMairie))
        {
            return await step.NextAsync(null, ct);
        }

        var inviter = await currentParticipant.GetAsync(step.Context, ct);
        var communes = await territories.ListCommunesAsync(inviter!.IntercommunalityId, ct);
        var card = CommuneSelectionCard.Create(InvitationTexts.AskCommunes(inviter.IntercommunalityName), communes);
        return await step.PromptAsync(CommunesPrompt, new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Attachment(card),
            Validations = inviter.IntercommunalityId,
        }, ct);
    }

    private async Task<DialogTurnResult> CreateStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var inviter = await currentParticipant.GetAsync(step.Context, ct);
        var role = (ParticipantRole)Convert.ToInt32(step.Values[RoleKey], CultureInfo.InvariantCulture);
        IReadOnlyList<int> communeIds = [];
        if (step.Result is JObject submit)
        {
            var communes = await territories.ListCommunesAsync(inviter!.IntercommunalityId, ct);
            communeIds = CommuneChoice.Resolve(submit, communes).Select(c => c.Id).ToList();
        }

        try
        {
            var invitation = await invitations.CreateAsync(inviter!, role, communeIds, ct);
            await step.Context.SendActivityAsync(
                InvitationTexts.Created(InvitationCode.Format(invitation.Code), invitation.ExpiresAt), cancellationToken: ct);
        }
        catch (InvitationRefusedException)
        {
            await step.Context.SendActivityAsync(InvitationTexts.Refused, cancellationToken: ct);
        }
        return await step.EndDialogAsync(cancellationToken: ct);
    }

    private async Task<bool> ValidateCommunesAsync(PromptValidatorContext<JObject> prompt, CancellationToken ct) =>
        await CommuneChoice.ValidateAsync(prompt, territories, async () =>
            access.LogRefusal(await currentParticipant.GetAsync(prompt.Context, ct), ProtectedAction.Invite, CommuneChoice.TamperedIn(Id)), ct);
}
