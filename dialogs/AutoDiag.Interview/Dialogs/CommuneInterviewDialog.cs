using AutoDiag.Dialogs;
using AutoDiag.Dialogs.Prompts;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Recognition;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Themes.Analysis;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// The commune-by-commune état des lieux. Each round asks the question the stored answers lead to
/// (<see cref="InterviewService.GetPositionAsync"/>), records the answer, acknowledges it and loops:
/// the dialog keeps no progress of its own, so a new conversation resumes at the same question.
/// Begun with <see cref="InterviewLoopOptions.SubjectParticipantId"/>, it takes an élu's answers typed by
/// someone else, and records both.
/// </summary>
public sealed class CommuneInterviewDialog : ComponentDialog
{
    private const string LoopDialog = "interviewLoop";
    private const string TextAnswerPrompt = "textAnswer";
    private const string RiskPrompt = "riskAnswer";
    private const string AskedQuestionKey = "askedQuestion";
    private const string AskedFollowUpKey = "askedFollowUp";
    private const string AskAgainOnlyIfMovedKey = "AutoDiag.Interview.AskAgainOnlyIfMoved";

    private readonly InterviewService interview;
    private readonly CurrentParticipant currentParticipant;
    private readonly ParticipantDirectory participants;
    private readonly PisteSuggestionService suggestions;
    private readonly RecapFormatter formatter;
    private readonly TextAnswerRecorder recorder;
    private readonly AdditionOffer additionOffer;
    private readonly RiskChangeOffer riskChangeOffer;

    public CommuneInterviewDialog(
        InterviewService interview,
        CurrentParticipant currentParticipant,
        ParticipantDirectory participants,
        PisteSuggestionService suggestions,
        RecapFormatter formatter,
        TextAnswerRecorder recorder,
        AdditionOffer additionOffer,
        RiskChangeOffer riskChangeOffer)
        : base(nameof(CommuneInterviewDialog))
    {
        this.suggestions = suggestions;
        this.interview = interview;
        this.currentParticipant = currentParticipant;
        this.participants = participants;
        this.formatter = formatter;
        this.recorder = recorder;
        this.additionOffer = additionOffer;
        this.riskChangeOffer = riskChangeOffer;

        AddDialog(new WaterfallDialog(LoopDialog, [AskStepAsync, RecordStepAsync]));
        AddDialog(new TextPrompt(TextAnswerPrompt, ValidateTextAnswerAsync));
        AddDialog(new AdaptiveCardPrompt(RiskPrompt, ValidateRiskAsync, allowTypedText: true));
        InitialDialogId = LoopDialog;
    }

    /// <summary>
    /// The stored answers can lead elsewhere than the question the dialog waits on: a kill between storing an answer and
    /// saving the conversation has moved them past it (a section closed, a risk recorded), a withdrawn answer back
    /// (its theme's risk no longer asked, a finished commune open again, no difficulty left). Reprompting would ask
    /// the wrong question, or the right one in the wrong words (« Une autre difficulté ? » with none left); the loop is
    /// then begun afresh, so that « reprendre » asks the question the stored answers lead to.
    /// </summary>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var inner = CreateInnerContext(turnContext, instance);
        if (inner.Stack.Count > 0 && inner.Stack[^1].Id == LoopDialog)
        {
            var (options, values) = WaterfallDialog.StateOf(inner.Stack[^1]);
            var loop = LoopOptionsOf(options);
            if (values.TryGetValue(AskedQuestionKey, out var askedKey)
                && await RespondentAsync(turnContext, loop, cancellationToken) is { } respondent
                && await interview.GetPositionAsync(respondent.SaidBy, cancellationToken) is var position
                && (position.QuestionKey != (string)askedKey || IsFollowUp(position, loop) != values.ContainsKey(AskedFollowUpKey)))
            {
                var asked = InterviewQuestion.Parse((string)askedKey);
                var communes = respondent.SaidBy.Communes.Select(c => c.Id).ToList();
                var wentBack = position.Commune is { } now && communes.IndexOf(now.Id) < communes.IndexOf(asked.CommuneId);
                if (wentBack)
                {
                    await turnContext.SendActivityAsync(InterviewTexts.BackToCommune(position.Commune!.Name), cancellationToken: cancellationToken);
                }

                await inner.CancelAllDialogsAsync(cancellationToken);
                await inner.BeginDialogAsync(LoopDialog, new InterviewLoopOptions
                {
                    // « X : c'est terminé » only when the stored answers moved past the commune asked about.
                    LastCommuneId = wentBack ? null : asked.CommuneId,
                    SubjectParticipantId = loop.SubjectParticipantId,
                }, cancellationToken);
                return;
            }
        }
        if (!turnContext.TurnState.ContainsKey(AskAgainOnlyIfMovedKey))
        {
            await base.RepromptDialogAsync(turnContext, instance, cancellationToken);
        }
    }

    /// <summary>
    /// For this turn's reprompt: the question is asked only if the stored answers now lead to another one — the open one
    /// is still the conversation's last message (a tap answered in the card's place).
    /// </summary>
    public static void AskAgainOnlyIfMoved(ITurnContext turnContext) => turnContext.TurnState[AskAgainOnlyIfMovedKey] = true;

    /// <summary>
    /// A relay opened over the typist's own interview has ended: the questions that follow are theirs again, which the
    /// progress line alone (no « Pour Jean Martin ») would leave them to notice.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(result, RelayDialog.Ended))
        {
            await dc.Context.SendActivityAsync(RelayTexts.BackToOwnInterview, cancellationToken: cancellationToken);
        }
        return await base.ResumeDialogAsync(dc, reason, result, cancellationToken);
    }

    /// <summary>« Une autre difficulté ? » rather than « Quelles difficultés… ? »: an answer was just given to this question.</summary>
    private static bool IsFollowUp(InterviewPosition position, InterviewLoopOptions loop) =>
        position.AnswersSoFar > 0 && loop.LastQuestionKey == position.QuestionKey;

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var loop = LoopOptionsOf(step.Options);
        var respondent = await RespondentAsync(step.Context, loop, ct);
        if (respondent is null)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        var participant = respondent.SaidBy;
        var position = await interview.GetPositionAsync(participant, ct);
        if (loop.LastCommuneId is int lastCommuneId && lastCommuneId != position.Commune?.Id)
        {
            await SendCommuneFinishedAsync(step.Context, participant, lastCommuneId, position, ct);
        }
        if (position.IsFinished)
        {
            var communes = participant.Communes.Select(c => c.Name).ToList();
            await step.Context.SendActivityAsync(
                respondent.IsRelayed ? InterviewTexts.RelayFinished(Markup.Escape(participant.DisplayName), communes) : InterviewTexts.AllFinished(communes),
                cancellationToken: ct);
            // As the last commune ends, not to a returning élu; and once (PisteSuggestionService.ShareOnceAsync). They are
            // for the élu: a secrétaire typing his answers is not shown them in his place, in a burst of closing messages.
            if (loop.LastCommuneId is not null && !respondent.IsRelayed && await suggestions.ShareOnceAsync(participant, ct) is { Count: > 0 } pistes)
            {
                await step.Context.SendActivityAsync(InterviewTexts.OtherTerritories(pistes.Select(p => Markup.Escape(p.Citation))), cancellationToken: ct);
            }
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        step.Values[AskedQuestionKey] = position.QuestionKey;
        var isFollowUp = IsFollowUp(position, loop);
        if (isFollowUp)
        {
            step.Values[AskedFollowUpKey] = true;
        }
        // The élu's name as the secrétaire typed it: escaped for a card or for a message.
        string ProgressShowing(Func<string?, string> shown) => respondent.IsRelayed
            ? InterviewTexts.ProgressFor(shown(participant.DisplayName), position)
            : InterviewTexts.Progress(position);
        return position.Step == InterviewStep.Risk
            ? await step.PromptAsync(RiskPrompt, await RiskQuestionAsync(respondent, position, ProgressShowing(CardText.Plain), ct), ct)
            : await step.PromptAsync(TextAnswerPrompt, TextQuestion(position, isFollowUp, ProgressShowing(Markup.Escape)), ct);
    }

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var loop = LoopOptionsOf(step.Options);
        var respondent = await RespondentAsync(step.Context, loop, ct);
        if (respondent is null)
        {
            return await step.EndDialogAsync(cancellationToken: ct);
        }

        // The answer goes to the question it answers, even if another conversation of the same
        // participant has moved on meanwhile: it is still what they said about that commune.
        var askedKey = (string)step.Values[AskedQuestionKey];
        var asked = InterviewQuestion.Parse(askedKey);
        await RecordAsync(step.Context, respondent, asked, step.Result, TextAnswerRecorder.SourceOf(step.Context.Activity), ct);

        return await step.ReplaceDialogAsync(LoopDialog, new InterviewLoopOptions
        {
            LastCommuneId = asked.CommuneId,
            LastQuestionKey = askedKey,
            SubjectParticipantId = loop.SubjectParticipantId,
        }, ct);
    }

    /// <summary>Options read back from the dialog state may come as JSON rather than as the type written.</summary>
    private static InterviewLoopOptions LoopOptionsOf(object? persisted) => persisted switch
    {
        InterviewLoopOptions options => options,
        JObject json => json.ToObject<InterviewLoopOptions>() ?? new InterviewLoopOptions(),
        _ => new InterviewLoopOptions(),
    };

    /// <summary>Who the answers are from, and who types them.</summary>
    private async Task<Respondent?> RespondentAsync(ITurnContext context, InterviewLoopOptions loop, CancellationToken ct)
    {
        var typist = await currentParticipant.GetAsync(context, ct);
        if (typist is null)
        {
            return null;
        }
        if (loop.SubjectParticipantId is not int subjectId || subjectId == typist.Id)
        {
            return new Respondent(typist, typist);
        }
        return await participants.GetAsync(subjectId, ct) is { } subject ? new Respondent(subject, typist) : null;
    }

    private async Task RecordAsync(ITurnContext context, Respondent respondent, InterviewQuestion question, object? result, string activityId, CancellationToken ct)
    {
        var (participant, typist) = (respondent.SaidBy, respondent.TypedBy);
        var communeId = question.CommuneId;
        switch (question.Step)
        {
            case InterviewStep.Difficulties or InterviewStep.Resources:
            {
                var typed = (string)result!;
                if (AnswerVocabulary.IsDone(typed))
                {
                    // « rien » with nothing noted yet means none at all: said back, lest it be a slip.
                    var position = await interview.GetPositionAsync(participant, ct);
                    var noneGiven = position.QuestionKey == question.Key && position.AnswersSoFar == 0;
                    var section = question.Step == InterviewStep.Difficulties ? InterviewSection.Difficulties : InterviewSection.Resources;
                    await interview.CompleteSectionAsync(participant, communeId, section, typist, ct);
                    await context.SendActivityAsync(
                        noneGiven ? InterviewTexts.SectionClosedWithNone(question.Step, position.Commune!.Name) : InterviewTexts.SectionClosed,
                        cancellationToken: ct);
                    return;
                }

                var kind = question.Step == InterviewStep.Difficulties ? AnswerKind.Difficulty : AnswerKind.Resource;
                var recorded = await recorder.RecordAsync(context, participant, typist, communeId, kind, typed, activityId, questionThemeId: null, ct);
                // A help said with a difficulty, a limit with a resource: offered as the other kind, on the masked text. The
                // next question comes all the same; the offer waits on nothing.
                if (recorded.Masking is { } masked && MixedAnswerDetector.OtherKindClause(masked.Text, kind) is { } clause)
                {
                    var other = kind == AnswerKind.Difficulty ? AnswerKind.Resource : AnswerKind.Difficulty;
                    var commune = participant.Communes.Single(c => c.Id == communeId);
                    await additionOffer.SendClauseAsync(context, clause, other, commune, respondent.IsRelayed ? participant.Id : null, ct);
                }
                return;
            }
            case InterviewStep.Risk:
            {
                if (!TryReadRisk((JObject)result!, out var level, out var comment))
                {
                    // A description typed at the risk question (ValidateTypedRiskAsync): offered as an addition to the
                    // respondent's état des lieux, and the question comes again.
                    var commune = participant.Communes.Single(c => c.Id == communeId);
                    var ask = respondent.IsRelayed
                        ? AddendumTexts.AskAtRiskQuestionFor(CardText.Plain(participant.DisplayName), commune.Name)
                        : AddendumTexts.AskAtRiskQuestion(commune.Name);
                    await additionOffer.SendAsync(context, ask, [commune], likeliest: null, respondent.IsRelayed ? participant.Id : null, ct);
                    return;
                }
                var recorded = await interview.RecordRiskAsync(participant, communeId, question.ThemeId!, level, comment, activityId, typist, ct);
                var theme = formatter.ShortLabels([question.ThemeId!])[0];
                var acknowledgement = InterviewTexts.RiskAcknowledged(InterviewTexts.RiskLevelName(level), theme);
                await context.SendActivityAsync(MessageFactory.Attachment(RiskChangeCard.Create(acknowledgement, participant.Id, communeId, question.ThemeId!, theme, level)), ct);
                if (recorded.CommentCutTo is { } kept)
                {
                    await context.SendActivityAsync(InterviewTexts.CommentTruncated(kept), cancellationToken: ct);
                }
                await TextAnswerRecorder.SendMaskedNoticeAsync(context, PrivacyTexts.Masked(recorded.Comment, PrivacyTexts.Comment), ct);
                return;
            }
            case InterviewStep.Coverage:
            {
                var typed = (string)result!;
                if (AnswerVocabulary.IsNothingToReport(typed))
                {
                    var recorded = await interview.RecordNothingToReportAsync(participant, communeId, question.ThemeId!, InterviewTexts.NothingToReport, activityId, typist, ct);
                    var theme = formatter.ShortLabels([question.ThemeId!])[0];
                    // A quick reply tapped by mistake is the likeliest slip on a phone: it can be taken back too.
                    var acknowledgement = AnswerWithdrawalCard.WithWithdrawal(InterviewTexts.NothingToReportAcknowledged(theme), recorded.AnswerId);
                    await context.SendActivityAsync(MessageFactory.Attachment(acknowledgement), ct);
                    return;
                }

                await recorder.RecordAsync(context, participant, typist, communeId, AnswerKind.Difficulty, typed, activityId, question.ThemeId, ct);
                return;
            }
        }
    }

    private async Task SendCommuneFinishedAsync(ITurnContext context, ParticipantProfile participant, int communeId, InterviewPosition next, CancellationToken ct)
    {
        var recap = await interview.GetRecapAsync(participant, communeId, ct);
        var message = InterviewTexts.CommuneFinished(recap.Commune.Name, recap.Difficulties.Count, recap.Resources.Count, recap.Risks.Count);
        if (!next.IsFinished)
        {
            message += " " + InterviewTexts.NextCommune(next.Commune!.Name, next.CommuneNumber, next.CommuneCount);
        }
        await context.SendActivityAsync(message, cancellationToken: ct);
    }

    private PromptOptions TextQuestion(InterviewPosition position, bool isFollowUp, string progress)
    {
        var commune = position.Commune!.Name;
        var (question, quickReply) = position.Step switch
        {
            InterviewStep.Difficulties => (isFollowUp ? InterviewTexts.MoreDifficulties : InterviewTexts.AskDifficulties(commune, position.AnswersSoFar), InterviewTexts.Done),
            InterviewStep.Resources => (isFollowUp ? InterviewTexts.MoreResources : InterviewTexts.AskResources(commune, position.AnswersSoFar), InterviewTexts.Done),
            _ => (InterviewTexts.AskCoverage(formatter.ShortLabels([position.ThemeId!])[0], commune), InterviewTexts.NothingToReport),
        };

        var prompt = QuickReplies.Message($"{Markup.Bold(progress)}{Markup.LineBreak}{question}", [quickReply]);
        return new PromptOptions { Prompt = prompt, Validations = position.QuestionKey };
    }

    /// <summary>How much of the difficulty a risk question recalls: a line on a phone.</summary>
    private const int RiskAboutLength = 100;

    private async Task<PromptOptions> RiskQuestionAsync(Respondent respondent, InterviewPosition position, string progress, CancellationToken ct)
    {
        var theme = formatter.ShortLabels([position.ThemeId!])[0];
        var raising = await interview.GetDifficultyRaisingAsync(respondent.SaidBy, position.Commune!.Id, position.ThemeId!, ct);
        var question = InterviewTexts.AskRisk(theme, position.Commune.Name);
        var card = RiskCard.Create(progress, question, position.QuestionKey,
            raising is null ? null : InterviewTexts.RiskAbout(
                CardText.Plain(LongText.Excerpt(raising, RiskAboutLength)), respondent.IsRelayed ? CardText.Plain(respondent.SaidBy.DisplayName) : null));
        return new PromptOptions
        {
            Prompt = (Activity)MessageFactory.Attachment(card),
            // The card is just above: the levels, typed or tapped, answer it as well.
            Reminder = QuickReplies.Message(question, RiskCard.LevelChoices.Select(choice => choice.Title)),
            Validations = position.QuestionKey,
        };
    }

    private async Task<bool> ValidateTextAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken ct)
    {
        if (!prompt.Recognized.Succeeded)
        {
            // A click on an older card, or a message with no text at all.
            var explanation = prompt.Context.Activity.Value is not null ? InterviewTexts.CardOutOfDate : InterviewTexts.EmptyAnswer;
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, explanation, ct);
        }

        var typed = prompt.Recognized.Value;
        if (AnswerVocabulary.IsGreeting(typed))
        {
            // « bonjour », « merci », « ok »: said to the bot, not an answer to record; the question comes again.
            return false;
        }

        var step = InterviewQuestion.Parse((string)prompt.Options.Validations!).Step;
        var problem = AnswerText.TryCreate(typed, out _);
        if (problem is AnswerTextProblem.Empty or AnswerTextProblem.NoWords)
        {
            var explanation = problem == AnswerTextProblem.Empty ? InterviewTexts.EmptyAnswer : InterviewTexts.NoWordsAnswer;
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, explanation, ct);
        }
        if (step == InterviewStep.Coverage ? AnswerVocabulary.IsNothingToReport(typed) : AnswerVocabulary.IsDone(typed))
        {
            return true;
        }

        // « non en fait c'est modéré » after the last risk question of a commune: about that level, not a difficulty.
        if (TypedRiskLevel.IsChangeOfMind(typed, out var changedTo))
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, await riskChangeOffer.ForAsync(prompt.Context, changedTo, ct), ct);
        }
        // A level where a description is asked: the élu thinks the risk question has come.
        if (step is InterviewStep.Difficulties or InterviewStep.Coverage && TypedRiskLevel.IsLevelAlone(typed))
        {
            var explanation = step == InterviewStep.Coverage ? InterviewTexts.RiskLevelBeforeDifficulty : InterviewTexts.RiskLevelTooEarly;
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, explanation, ct);
        }

        if (await AnswerNonAnswerAsync(prompt.Context, prompt.Options, typed!, step, ct) is { } handled)
        {
            return handled;
        }
        if (await IsOwnCommuneNameAsync(prompt.Context, typed!, ct))
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.CommuneNameAlone, ct);
        }
        // Only a short message can be a name or a number alone: the others are not masked twice.
        return typed!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsOfPersonalDataAlone
            || !interview.SaysOnlyPersonalData(typed)
            || await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.OnlyPersonalData, ct);
    }

    private const int MaxWordsOfPersonalDataAlone = 8;

    /// <summary>« Merville » alone: a commune of the typist, named as if the bot had asked which one.</summary>
    private async Task<bool> IsOwnCommuneNameAsync(ITurnContext context, string typed, CancellationToken ct)
    {
        var key = FrenchText.Normalize(typed);
        return await currentParticipant.GetAsync(context, ct) is { } typist && typist.Communes.Any(c => FrenchText.Normalize(c.Name) == key);
    }

    private async Task<bool> ValidateRiskAsync(PromptValidatorContext<JObject> prompt, CancellationToken ct)
    {
        var submit = prompt.Recognized.Value;
        if (!prompt.Recognized.Succeeded || submit is null)
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.RiskNotUnderstood, ct);
        }

        var questionKey = AdaptiveCard.QuestionKeyOf(submit);
        if (questionKey is not null && questionKey != prompt.Options.Validations as string)
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.CardOutOfDate, ct);
        }
        if (submit.Text(AdaptiveCardPrompt.TypedTextField) is { } typed)
        {
            return await ValidateTypedRiskAsync(prompt, typed, ct);
        }
        return TryReadRisk(submit, out _, out _) || await PromptRejection.RejectAsync(
            prompt.Context, prompt.Options, questionKey is null ? InterviewTexts.RiskNotUnderstood : InterviewTexts.RiskLevelRequired, ct);
    }

    /// <summary>
    /// A level typed rather than chosen on the card; or, accepted too, a description, which is offered as an addition
    /// (<see cref="RecordAsync"/>) rather than lost. Anything else is explained, and the question asked again.
    /// </summary>
    private async Task<bool> ValidateTypedRiskAsync(PromptValidatorContext<JObject> prompt, string typed, CancellationToken ct)
    {
        if (TypedRiskLevel.IsRange(typed, out var low, out var high))
        {
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, InterviewTexts.RiskBetween(low, high), ct);
        }
        if (TypedRiskLevel.IsChangeOfMind(typed, out var changedTo))
        {
            // About the level given just before, most likely: not recorded for this theme, and that one's change offered.
            return await PromptRejection.RejectAsync(prompt.Context, prompt.Options, await riskChangeOffer.ForAsync(prompt.Context, changedTo, ct), ct);
        }
        if (TypedRiskLevel.TryParse(typed, out _, out _))
        {
            return true;
        }

        if (await AnswerNonAnswerAsync(prompt.Context, prompt.Options, typed, InterviewStep.Risk, ct) is { } handled)
        {
            return handled;
        }
        var explanation = AnswerVocabulary.IsDone(typed) ? InterviewTexts.RiskStillNeeded
            : TypedRiskLevel.IsUnsure(typed) ? InterviewTexts.RiskUnsure
            : AnswerVocabulary.IsDescription(typed) ? null
            : InterviewTexts.RiskNotUnderstood;
        return explanation is null || await PromptRejection.RejectAsync(prompt.Context, prompt.Options, explanation, ct);
    }

    /// <summary>
    /// What is said to the bot rather than answered (<see cref="NonAnswerRecognizer"/>) gets its reply, and the validation
    /// fails; null when <paramref name="typed"/> is none of it. « oui » asks which only where a description is asked.
    /// </summary>
    private static async Task<bool?> AnswerNonAnswerAsync(ITurnContext context, PromptOptions options, string typed, InterviewStep step, CancellationToken ct)
    {
        switch (NonAnswerRecognizer.Recognize(typed))
        {
            case NonAnswerKind.Courtesy:
                return false;
            case NonAnswerKind.Wait:
                // The answer is coming: the question stays as it is, not asked again.
                await context.SendActivityAsync(InterviewTexts.TakeYourTime, cancellationToken: ct);
                return false;
            case NonAnswerKind.Agreement when step != InterviewStep.Risk:
                // « Lesquelles ? » is the question: asking the open one again after it would say the opposite.
                await context.SendActivityAsync(InterviewTexts.SayWhich(step), cancellationToken: ct);
                return false;
            case NonAnswerKind.QuestionAboutTheQuestion:
                return await PromptRejection.RejectAsync(context, options, InterviewTexts.WhatIsAsked(NonAnswerRecognizer.StepNamedIn(typed) ?? step), ct);
            case NonAnswerKind.Correction:
                return await PromptRejection.RejectAsync(context, options, InterviewTexts.HowToCorrect, ct);
            default:
                return null;
        }
    }

    /// <summary>A card submit (<c>level</c>, <c>comment</c>) or a typed answer (« élevé, les jeunes partent »).</summary>
    private static bool TryReadRisk(JObject submit, out RiskLevel level, out string? comment)
    {
        if (submit.Text(AdaptiveCardPrompt.TypedTextField) is { } typed)
        {
            return TypedRiskLevel.TryParse(typed, out level, out comment);
        }

        comment = submit.Text(RiskCard.CommentField);
        return TypedRiskLevel.TryParseCardValue(submit.Text(RiskCard.LevelField), out level);
    }
}
