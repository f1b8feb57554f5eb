using AutoDiag.Dialogs;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Documents;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// The root of every conversation: welcomes, registers unknown users, runs the interview, and
/// honours « aide », « pause », « annuler », « récap » and « reprendre » at every step.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string Steps = "mainSteps";

    /// <summary>What the identify step hands on for someone registered before this conversation.</summary>
    private const string Returning = "returning";

    /// <summary>Set when someone joins by a code or the roster, which already told them who they are for the démarche.</summary>
    private const string JoinedByInvitation = "joinedByInvitation";

    private readonly CurrentParticipant currentParticipant;
    private readonly InterviewService interview;
    private readonly RecapFormatter formatter;
    private readonly IReadOnlyList<IAcknowledgementAction> acknowledgementActions;
    private readonly InvitationService invitations;
    private readonly TerritoryDirectory territories;
    private readonly RosterDirectory roster;
    private readonly ParticipantDirectory participants;
    private readonly AdditionOffer additionOffer;
    private readonly ILogger<MainDialog> logger;

    public MainDialog(
        CurrentParticipant currentParticipant,
        InterviewService interview,
        RecapFormatter formatter,
        IEnumerable<IAcknowledgementAction> acknowledgementActions,
        OnboardingDialog onboarding,
        CommuneInterviewDialog communeInterview,
        CommuneProfileDialog communeProfile,
        RosterDirectory roster,
        ParticipantDirectory participants,
        InvitationService invitations,
        TerritoryDirectory territories,
        InvitationCodeDialog invitationCode,
        InviteDialog invite,
        RelayDialog relay,
        OverviewDialog overview,
        ReviewDialog review,
        TestimonyDialog testimony,
        CalendarDialog calendar,
        DocumentsDialog documents,
        ReminderDialog reminders,
        AdditionOffer additionOffer,
        ILogger<MainDialog> logger)
        : base(nameof(MainDialog))
    {
        this.currentParticipant = currentParticipant;
        this.interview = interview;
        this.formatter = formatter;
        this.acknowledgementActions = acknowledgementActions.ToList();
        this.roster = roster;
        this.participants = participants;
        this.invitations = invitations;
        this.territories = territories;
        this.additionOffer = additionOffer;
        this.logger = logger;

        AddDialog(onboarding);
        AddDialog(communeInterview);
        AddDialog(communeProfile);
        AddDialog(invitationCode);
        AddDialog(invite);
        AddDialog(relay);
        AddDialog(overview);
        AddDialog(review);
        AddDialog(testimony);
        AddDialog(calendar);
        AddDialog(documents);
        AddDialog(reminders);
        AddDialog(new WaterfallDialog(Steps, [IdentifyStepAsync, InterviewStepAsync]));
        InitialDialogId = Steps;
    }

    /// <summary>No dialog was running: a first contact, a return after a pause, or a new conversation.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        if (await RefusedMalformedSubmitAsync(innerDc.Context, cancellationToken))
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (AcknowledgementActionOf(innerDc.Context) is { } tapped)
        {
            var wasFinished = await OwnInterviewFinishedAsync(innerDc.Context, cancellationToken);
            await TellWhereOthersInterviewResumesAsync(innerDc, (await tapped.RunAsync(innerDc.Context, cancellationToken)).MovedParticipantId, cancellationToken);
            if (wasFinished == true && await OwnInterviewFinishedAsync(innerDc.Context, cancellationToken) == false)
            {
                // A withdrawal or a theme added opened a question in an état des lieux the élu was told is complete: it
                // is asked now, rather than at their next message, whatever it is. A paused interview stays paused.
                await innerDc.Context.SendActivityAsync(MainTexts.InterviewReopened, cancellationToken: cancellationToken);
                return await innerDc.BeginDialogAsync(nameof(CommuneInterviewDialog), cancellationToken: cancellationToken);
            }
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (OpenCardActionDialog(innerDc, cancellationToken) is { } clicked)
        {
            return await clicked;
        }
        var command = CommandOf(innerDc.Context.Activity);
        if (OpenCommandDialog(innerDc, command, cancellationToken) is { } opened)
        {
            return await opened;
        }

        switch (command)
        {
            case UserCommand.Pause or UserCommand.Cancel or UserCommand.Goodbye:
                // Paused already, or nothing to pause: an état des lieux complete, a consultant, someone not registered.
                var paused = await OwnInterviewFinishedAsync(innerDc.Context, cancellationToken) == false;
                var nothing = command switch
                {
                    UserCommand.Goodbye => paused ? MainTexts.GoodbyeWhilePaused : MainTexts.Goodbye,
                    _ when !paused => MainTexts.NothingRunning,
                    UserCommand.Pause => MainTexts.NothingToPause,
                    _ => MainTexts.NothingToCancel,
                };
                await innerDc.Context.SendActivityAsync(nothing, cancellationToken: cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Complete);
            case UserCommand.Help:
                var (help, helpIsAll) = await HelpAsync(innerDc.Context, dialogRunning: false, cancellationToken);
                await innerDc.Context.SendActivityAsync(help, cancellationToken: cancellationToken);
                if (helpIsAll)
                {
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                }
                break;
            case UserCommand.Recap:
                // A complete état des lieux: the recap says it all, without the closing words again.
                if (!await SendRecapAsync(innerDc.Context, relayed: null, cancellationToken)
                    || await OwnInterviewFinishedAsync(innerDc.Context, cancellationToken) == true)
                {
                    return new DialogTurnResult(DialogTurnStatus.Complete);
                }
                break;
            case UserCommand.Unknown:
                await innerDc.Context.SendActivityAsync(MainTexts.UnknownCommand(innerDc.Context.Activity.Text.Trim()), cancellationToken: cancellationToken);
                break;
        }
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (innerDc.ActiveDialog is { } active && innerDc.FindDialog(active.Id) is ComponentDialog component
            && component.WaitsOnNothing(innerDc.Context, active))
        {
            // A withdrawal completed the état des lieux while its question was open: nothing waits for this message,
            // which is taken as if no dialog ran.
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await OnBeginDialogAsync(innerDc, options: null, cancellationToken);
        }

        var context = innerDc.Context;
        if (await RefusedMalformedSubmitAsync(context, cancellationToken))
        {
            return await RepromptAsync(innerDc, cancellationToken);
        }

        if (AcknowledgementActionOf(context) is { } tapped)
        {
            var outcome = await tapped.RunAsync(context, cancellationToken);
            if (!await TellWhereOthersInterviewResumesAsync(innerDc, outcome.MovedParticipantId, cancellationToken) && outcome.SaidInPlace)
            {
                // Nothing new below the question open: asked again, it would come twice in a row.
                CommuneInterviewDialog.AskAgainOnlyIfMoved(context);
            }
            return await RepromptAsync(innerDc, cancellationToken);
        }

        if (OpenCardActionDialog(innerDc, cancellationToken) is { } clicked)
        {
            return await clicked;
        }
        var command = CommandOf(context.Activity);
        if (OpenCommandDialog(innerDc, command, cancellationToken) is { } opened)
        {
            return await opened;
        }

        switch (command)
        {
            case UserCommand.Help:
                await context.SendActivityAsync((await HelpAsync(context, dialogRunning: true, cancellationToken)).Text, cancellationToken: cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case UserCommand.Recap:
                await SendRecapAsync(context, RelayDialog.RelayedEluIn(innerDc), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case UserCommand.Resume:
                return await RepromptAsync(innerDc, cancellationToken);
            case UserCommand.Pause or UserCommand.Goodbye when RelayDialog.RelayedEluIn(innerDc) is int relayed:
                // The relay stays open: « reprendre », or the élu's next answer, goes on with the same élu.
                await context.SendActivityAsync(await PauseMessageAsync(context, relayed, cancellationToken), cancellationToken: cancellationToken);
                return EndOfTurn;
            case UserCommand.Unknown:
                await context.SendActivityAsync(MainTexts.UnknownCommand(context.Activity.Text.Trim()), cancellationToken: cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case UserCommand.Pause or UserCommand.Goodbye:
                await context.SendActivityAsync(await PauseMessageAsync(context, relayed: null, cancellationToken), cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case UserCommand.Cancel when RelayDialog.RelayedEluIn(innerDc) is int relayed:
                await context.SendActivityAsync(await RelayStoppedMessageAsync(context, relayed, cancellationToken), cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case UserCommand.Cancel:
                await context.SendActivityAsync(MainTexts.Cancelled, cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    /// <summary>
    /// The commands that open a dialog of their own (fiche commune, relay, invitation, overview, reminders): alone when nothing
    /// runs, else on top of the interview, which asks its question again when they end. Null for the others.
    /// </summary>
    private static Task<DialogTurnResult>? OpenCommandDialog(DialogContext innerDc, UserCommand command, CancellationToken ct)
    {
        (string Id, object? Options)? opened = command switch
        {
            UserCommand.CommuneProfile or UserCommand.CommuneProfileHistory => (nameof(CommuneProfileDialog), CommuneProfileOptionsOf(innerDc.Context.Activity)),
            UserCommand.Relay => (nameof(RelayDialog), null),
            UserCommand.Invite => (nameof(InviteDialog), null),
            UserCommand.Overview => (nameof(OverviewDialog), null),
            UserCommand.Testimony => (nameof(TestimonyDialog), null),
            UserCommand.Calendar => (nameof(CalendarDialog), null),
            UserCommand.FicheSynthese => (nameof(DocumentsDialog), DocumentsRequest.FicheSynthese),
            UserCommand.Export => (nameof(DocumentsDialog), DocumentsRequest.Exports),
            UserCommand.StopReminders => (nameof(ReminderDialog), ReminderRequest.Stop),
            UserCommand.RestartReminders => (nameof(ReminderDialog), ReminderRequest.Restart),
            UserCommand.RemindAll => (nameof(ReminderDialog), ReminderRequest.RemindAll),
            _ => null,
        };
        return opened is { } dialog ? Open(innerDc, dialog.Id, dialog.Options, ct) : null;
    }

    /// <summary>A click on one of the consultant's cards opens the dialog that handles it, with the card's data.</summary>
    private static Task<DialogTurnResult>? OpenCardActionDialog(DialogContext innerDc, CancellationToken ct)
    {
        var submit = innerDc.Context.Activity.Value;
        var dialogId = CardActions.Of(submit) switch
        {
            CardActions.OpenOverview => nameof(OverviewDialog),
            CardActions.OpenTheme or CardActions.OpenCommune or CardActions.MarkReviewed or CardActions.AddNote => nameof(ReviewDialog),
            CardActions.NewTestimony or CardActions.RecordTestimony or CardActions.CorrectTestimonyThemes => nameof(TestimonyDialog),
            CardActions.SaveCalendar => nameof(CalendarDialog),
            _ => null,
        };
        return dialogId is null ? null : Open(innerDc, dialogId, submit, ct);
    }

    /// <summary>
    /// On top of what runs (the interview, a relay, whose answers then go on to the relayed élu), or in place of the same
    /// dialog with what was opened above it: « inviter » typed again restarts the invitation, and a hundred of them —
    /// or « fiche commune » and « inviter » in turn — do not pile up dialogs in the conversation's state. A relay in
    /// progress is never ended that way: what the secrétaire types next must still go to the élu she relays.
    /// </summary>
    /// <remarks>
    /// A command's own question left unanswered for another command (« historique fiche », then « saisir pour un élu »
    /// instead of a commune) gives way to it: asked again when that one ends, long after, it would puzzle — and would
    /// stand between the relay's end and the interview it returns to.
    /// </remarks>
    private static Task<DialogTurnResult> Open(DialogContext innerDc, string dialogId, object? options, CancellationToken ct) =>
        innerDc.ActiveDialog is { } top && CommandDialogs.Contains(top.Id) && innerDc.Stack.All(instance => instance.Id != dialogId)
            ? innerDc.ReplaceDialogAsync(dialogId, options, ct)
            : innerDc.RestartDialogAsync(dialogId, options, instance => instance.Id == nameof(RelayDialog), ct);

    /// <summary>The dialogs a command or a consultant's card opens for one request; the relay, work in progress, is not one.</summary>
    private static readonly HashSet<string> CommandDialogs =
    [
        nameof(CommuneProfileDialog), nameof(InviteDialog), nameof(OverviewDialog), nameof(ReviewDialog), nameof(TestimonyDialog),
        nameof(CalendarDialog), nameof(DocumentsDialog), nameof(ReminderDialog),
    ];

    /// <summary>A hand-made card submit (<see cref="SubmitFields.IsMalformed"/>) is refused whatever the conversation is doing.</summary>
    private async Task<bool> RefusedMalformedSubmitAsync(ITurnContext context, CancellationToken ct)
    {
        if (!SubmitFields.IsMalformed(context.Activity.Value))
        {
            return false;
        }

        logger.LogWarning("Card submit with a field that is not text refused in conversation {ConversationId}.", context.Activity.Conversation?.Id);
        await context.SendActivityAsync(MainTexts.CardUnreadable, cancellationToken: ct);
        return true;
    }

    private async Task<DialogTurnResult> IdentifyStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = await currentParticipant.GetAsync(step.Context, ct);
        if (participant is null)
        {
            // Once anyone takes part, joining takes an invitation (or the roster); an empty database is the demo.
            if (await roster.AnyParticipantAsync(ct))
            {
                step.Values[JoinedByInvitation] = true;
                return await step.BeginDialogAsync(nameof(InvitationCodeDialog), cancellationToken: ct);
            }
            await step.Context.SendActivityAsync(MainTexts.Welcome, cancellationToken: ct);
            return await step.BeginDialogAsync(nameof(OnboardingDialog), cancellationToken: ct);
        }

        if (participant.Role is not (ParticipantRole.Consultant or ParticipantRole.Administrator)
            && await interview.GetPositionAsync(participant, ct) is { IsFinished: false, Commune: { } commune })
        {
            var activity = step.Context.Activity;
            var unrecordedText = IsUnrecordedAnswer(activity);
            if (unrecordedText && AnswerVocabulary.IsDescription(activity.Text))
            {
                // Coming back, the élu may not remember which question is open: a description is offered to be added,
                // as a difficulty or a resource (to the commune in progress, checked first), rather than filed under that
                // question or lost.
                await step.Context.SendActivityAsync(MainTexts.WelcomeBack, cancellationToken: ct);
                await additionOffer.SendAsync(step.Context, AddendumTexts.AskWhenResuming(participant.Communes), participant.Communes, likeliest: commune, forParticipantId: null, ct);
            }
            else
            {
                var welcome = unrecordedText ? MainTexts.WelcomeBackMessageNotRecorded
                    : CommandOf(activity) == UserCommand.Resume ? MainTexts.Resuming
                    : MainTexts.WelcomeBack;
                await step.Context.SendActivityAsync(welcome, cancellationToken: ct);
            }
        }
        return await step.NextAsync(Returning, ct);
    }

    private async Task<DialogTurnResult> InterviewStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var participant = await currentParticipant.GetAsync(step.Context, ct);
        if (participant is null)
        {
            // Onboarding stopped short (no intercommunalité to join).
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (participant.Role is ParticipantRole.Consultant or ParticipantRole.Administrator)
        {
            // A consultant invited to follow another intercommunalité types the code like anyone else.
            // Only someone registered before this message follows another one: a code that just enrolled them is spent.
            var returning = step.Result as string == Returning;
            var message = returning && InvitationCode.Normalize(step.Context.Activity.Text) is not null
                ? await FollowAnotherIntercommunalityAsync(step.Context, ct)
                : returning && IsUnrecordedAnswer(step.Context.Activity) ? MainTexts.ConsultantNotUnderstood(step.Context.Activity.Text.Trim())
                : returning ? MainTexts.ConsultantWelcomeBack
                : step.Values.ContainsKey(JoinedByInvitation) ? MainTexts.ConsultantCommandsIntro
                : MainTexts.ConsultantRegistered;
            await step.Context.SendActivityAsync(message, cancellationToken: ct);
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        if (step.Result as string == Returning && step.Context.Activity is IMessageActivity { Text: { Length: > 0 } text }
            && UserCommandRecognizer.Recognize(text) == UserCommand.None
            && (await interview.GetPositionAsync(participant, ct)).IsFinished
            && await AnswerWhenCompleteAsync(step.Context, participant, ct))
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }
        return await step.BeginDialogAsync(nameof(CommuneInterviewDialog), cancellationToken: ct);
    }

    /// <summary>
    /// A message to an élu whose état des lieux is complete: something forgotten, often, offered to be added rather than
    /// dropped; thanks, an « ok », a question about the questions or « je me suis trompée » gets its own reply. False for
    /// anything else — a « bonjour » among others — which gets the closing words again.
    /// </summary>
    private async Task<bool> AnswerWhenCompleteAsync(ITurnContext context, ParticipantProfile participant, CancellationToken ct)
    {
        var typed = context.Activity.Text;
        if (AnswerVocabulary.IsDescription(typed))
        {
            await additionOffer.SendAsync(context, AddendumTexts.AskComplete(participant.Communes), participant.Communes,
                likeliest: CommuneMention.NamedIn(typed, participant.Communes), forParticipantId: null, ct);
            return true;
        }
        var words = FrenchText.Normalize(typed).Split(' ');
        var reply = NonAnswerRecognizer.Recognize(typed) switch
        {
            NonAnswerKind.Courtesy when Courtesy.Thanks(words) => MainTexts.CourtesyWhenComplete(thanks: true),
            NonAnswerKind.Courtesy when !Courtesy.Greets(words) => MainTexts.CourtesyWhenComplete(thanks: false),
            NonAnswerKind.QuestionAboutTheQuestion => MainTexts.ExplainedWhenComplete(
                NonAnswerRecognizer.StepNamedIn(typed) is { } named ? InterviewTexts.Definition(named) : null),
            NonAnswerKind.Correction => InterviewTexts.HowToCorrect,
            _ => null,
        };
        if (reply is not null)
        {
            await context.SendActivityAsync(reply, cancellationToken: ct);
        }
        return reply is not null;
    }

    private async Task<string> FollowAnotherIntercommunalityAsync(ITurnContext context, CancellationToken ct)
    {
        var redemption = await invitations.RedeemAsync(ChannelUser.IdOf(context.Activity), context.Activity.From?.Name, context.Activity.Text!, ct);
        if (redemption.Participant is not { } consultant)
        {
            return InvitationTexts.Failure(redemption.Failure);
        }

        currentParticipant.Forget(context);
        var followed = (await territories.ListIntercommunalitiesAsync(ct))
            .Where(i => consultant.Follows(i.Id))
            .Select(i => i.Name);
        return InvitationTexts.NowFollowing(followed);
    }

    /// <summary>Whether the participant's own interview is finished; null for someone without one (a consultant, a newcomer).</summary>
    private async Task<bool?> OwnInterviewFinishedAsync(ITurnContext context, CancellationToken ct) =>
        await currentParticipant.GetAsync(context, ct) is { Role: not (ParticipantRole.Consultant or ParticipantRole.Administrator) } participant
            ? (await interview.GetPositionAsync(participant, ct)).IsFinished
            : null;

    /// <summary>
    /// An acknowledgement action by a secrétaire or a consultant on an élu's answer moved the élu's interview while no
    /// relay for them runs (one that does asks the question itself): where it resumes, lest it wait unseen.
    /// </summary>
    /// <returns>Whether it was said.</returns>
    private async Task<bool> TellWhereOthersInterviewResumesAsync(DialogContext innerDc, int? moved, CancellationToken ct)
    {
        if (moved is not int eluId
            || eluId == RelayDialog.RelayedEluIn(innerDc)
            || await currentParticipant.GetAsync(innerDc.Context, ct) is not { } typist || typist.Id == eluId
            || await participants.GetAsync(eluId, ct) is not { } elu
            || await interview.GetPositionAsync(elu, ct) is not { IsFinished: false } position)
        {
            return false;
        }
        await innerDc.Context.SendActivityAsync(
            RelayTexts.ResumesAt(Markup.Escape(elu.DisplayName), InterviewTexts.Progress(position)), cancellationToken: ct);
        return true;
    }

    /// <summary>A tap on an answer's or a risk level's acknowledgement (« Corriger les thèmes », « Retirer », « Changer le niveau »), if this is one.</summary>
    private IAcknowledgementAction? AcknowledgementActionOf(ITurnContext context) =>
        acknowledgementActions.FirstOrDefault(action => action.Handles(context));

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken ct)
    {
        await innerDc.RepromptDialogAsync(ct);
        return EndOfTurn;
    }

    /// <param name="relayed">The élu whose answers are being typed, if a relay runs: the recap is theirs.</param>
    /// <returns>False for a consultant or an administrator, who answers nothing: they are told where the answers are.</returns>
    private async Task<bool> SendRecapAsync(ITurnContext context, int? relayed, CancellationToken ct)
    {
        var participant = await InterviewedAsync(context, relayed, ct);
        if (participant?.Role is ParticipantRole.Consultant or ParticipantRole.Administrator)
        {
            await context.SendActivityAsync(MainTexts.ConsultantRecap, cancellationToken: ct);
            return false;
        }
        if (participant is null || participant.Communes.Count == 0)
        {
            await context.SendActivityAsync(MainTexts.NothingToRecap, cancellationToken: ct);
            return true;
        }
        if (relayed is not null)
        {
            await context.SendActivityAsync(RelayTexts.RecapOf(Markup.Escape(participant.DisplayName)), cancellationToken: ct);
        }

        // The commune in progress; once all are done, every commune.
        var position = await interview.GetPositionAsync(participant, ct);
        var communes = position.IsFinished ? participant.Communes : [position.Commune!];
        foreach (var commune in communes)
        {
            var recap = await interview.GetRecapAsync(participant, commune.Id, ct);
            await context.SendActivityAsync(formatter.Format(recap), cancellationToken: ct);
        }
        return true;
    }

    /// <summary>
    /// The help for the participant's role; <c>IsAll</c> when nothing follows it (a consultant has no interview to resume,
    /// a complete état des lieux no question). While a dialog runs (a relay, say), its question follows: the full help.
    /// </summary>
    private async Task<(string Text, bool IsAll)> HelpAsync(ITurnContext context, bool dialogRunning, CancellationToken ct) =>
        ((await currentParticipant.GetAsync(context, ct))?.Role, !dialogRunning && await OwnInterviewFinishedAsync(context, ct) == true) switch
        {
            (ParticipantRole.Consultant or ParticipantRole.Administrator, _) => (MainTexts.ConsultantCommands, true),
            (ParticipantRole.SecretaireDeMairie, true) => (MainTexts.SecretaireHelpWhenComplete, true),
            (ParticipantRole.SecretaireDeMairie, false) => (MainTexts.SecretaireHelp, false),
            (_, true) => (MainTexts.HelpWhenComplete, true),
            _ => (MainTexts.Help, false),
        };

    /// <param name="relayed">The élu whose answers are being typed, if a relay runs: the pause is of their interview.</param>
    private async Task<string> PauseMessageAsync(ITurnContext context, int? relayed, CancellationToken ct)
    {
        var participant = await InterviewedAsync(context, relayed, ct);
        if (participant is null || participant.Role is ParticipantRole.Consultant or ParticipantRole.Administrator)
        {
            return MainTexts.Paused;
        }

        var position = await interview.GetPositionAsync(participant, ct);
        if (position.IsFinished)
        {
            return MainTexts.Paused;
        }
        if (relayed is null)
        {
            return MainTexts.PausedAt(InterviewTexts.Progress(position));
        }
        var name = Markup.Escape(participant.DisplayName);
        // The sentence names the élu already: the progress without its « Pour Jean Martin ».
        return RelayTexts.PausedAt(name, InterviewTexts.Progress(position));
    }

    /// <summary>« annuler » in a relay stops it: it says whose typing stopped and where « saisir pour un élu » takes it up.</summary>
    private async Task<string> RelayStoppedMessageAsync(ITurnContext context, int relayed, CancellationToken ct)
    {
        if (await InterviewedAsync(context, relayed, ct) is not { } elu)
        {
            return MainTexts.Cancelled;
        }
        var position = await interview.GetPositionAsync(elu, ct);
        return RelayTexts.Stopped(Markup.Escape(elu.DisplayName), InterviewTexts.Progress(position));
    }

    /// <summary>Whose interview « pause » and « récap » are about: the élu a relay types for, else the one writing.</summary>
    private async Task<ParticipantProfile?> InterviewedAsync(ITurnContext context, int? relayed, CancellationToken ct) =>
        relayed is int eluId ? await participants.GetAsync(eluId, ct) : await currentParticipant.GetAsync(context, ct);

    private static CommuneProfileOptions CommuneProfileOptionsOf(IActivity activity) =>
        new() { History = CommandOf(activity) == UserCommand.CommuneProfileHistory };

    private static UserCommand CommandOf(IActivity activity) =>
        activity is IMessageActivity { Text: { } text } ? UserCommandRecognizer.Recognize(text) : UserCommand.None;

    /// <summary>Free text sent while no question was open: it may have been meant as an answer, so say it was not recorded.</summary>
    private static bool IsUnrecordedAnswer(IActivity activity)
    {
        if (activity is not IMessageActivity { Text: { } text } || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        return UserCommandRecognizer.Recognize(text) == UserCommand.None
            && FrenchText.Normalize(text).Length > 0
            && !AnswerVocabulary.IsGreeting(text);
    }
}
