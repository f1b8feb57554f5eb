using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Calendar;
using AutoDiag.Knowledge.Participants;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>« calendrier »: the dates of the démarche's four steps and the territory's history, in one card.</summary>
public sealed class CalendarDialog(CurrentParticipant currentParticipant, AccessPolicy access, DemarcheCalendarService calendars)
    : ConsultantDialog(nameof(CalendarDialog), currentParticipant, access, CalendarTexts.NotAllowed)
{
    protected override async Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken)
    {
        return CardActions.Of(options) == CardActions.SaveCalendar
            ? await SaveAsync(viewer, (JObject)options!, cancellationToken)
            : await ShowAsync(viewer, cancellationToken);
    }

    private async Task<IActivity> ShowAsync(ParticipantProfile viewer, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(viewer, viewer.IntercommunalityId, ct);
        return MessageFactory.Attachment(CalendarCard.Create(
            CalendarTexts.Title(viewer.IntercommunalityName),
            calendar.Steps.Select(s => (s.Step, CalendarCard.Format(s.Date))).ToList(),
            calendar.History));
    }

    private async Task<IActivity> SaveAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        var steps = Enum.GetValues<DemarcheStep>().Select(step => (Step: step, Read: CalendarCard.ReadDate(submit, step))).ToList();
        var history = submit.Text(CalendarCard.HistoryField);
        var typed = steps.Select(s => (s.Step, s.Read.Typed)).ToList();
        if (steps.Where(s => !s.Read.Readable).Select(s => (DemarcheStep?)s.Step).FirstOrDefault() is { } unreadable)
        {
            return Again(viewer, typed, history, CalendarTexts.Unreadable(unreadable));
        }

        DateOnly? DateOf(DemarcheStep step) => steps.Single(s => s.Step == step).Read.Date;
        var result = await calendars.SaveAsync(viewer, viewer.IntercommunalityId, new DemarcheCalendarInput(
            DateOf(DemarcheStep.PresentationAuxElus),
            DateOf(DemarcheStep.AteliersRessourcesDifficultes),
            DateOf(DemarcheStep.SoireeTemoignages),
            DateOf(DemarcheStep.Restitution),
            history), ct);
        if (result.Calendar is { } saved)
        {
            // The notice apart, after the list of steps.
            return MessageFactory.Text(PrivacyTexts.WithMaskedNotice(CalendarTexts.Saved(saved.Steps), result.Masked, PrivacyTexts.History, Markup.Paragraph));
        }

        var step = result.Step ?? DemarcheStep.Restitution;
        var problem = result.Problem switch
        {
            CalendarProblem.OutOfOrder => CalendarTexts.OutOfOrder(step),
            CalendarProblem.ImplausibleYear => CalendarTexts.ImplausibleYear(step),
            _ => CalendarTexts.HistoryTooLong(DemarcheCalendarService.HistoryMaxLength),
        };
        return Again(viewer, typed, history, problem);
    }

    /// <summary>Explained, and the card given back as filled in: nothing is lost.</summary>
    private static IActivity Again(ParticipantProfile viewer, IReadOnlyList<(DemarcheStep, string?)> typed, string? history, string problem)
    {
        var retry = MessageFactory.Attachment(CalendarCard.Create(CalendarTexts.Title(viewer.IntercommunalityName), typed, history));
        retry.Text = problem;
        return retry;
    }
}
