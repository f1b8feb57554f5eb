using System.Globalization;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Calendar;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>The four steps of the démarche as date fields, and the territory's history, pre-filled with what is known.</summary>
public static class CalendarCard
{
    public const string HistoryField = "history";
    private const string IsoDate = "yyyy-MM-dd";

    /// <param name="dates">One per step, in step order: the saved date, or what was typed when it could not be saved.</param>
    public static Attachment Create(string title, IReadOnlyList<(DemarcheStep Step, string? Value)> dates, string? history) =>
        AdaptiveCard.Create(
            [
                AdaptiveCard.Text(title, bold: true),
                AdaptiveCard.Text(CalendarTexts.Intro, subtle: true),
                .. dates.Select(d => DateInput(d.Step, d.Value)),
                AdaptiveCard.TextInput(HistoryField, CalendarTexts.HistoryLabel, DemarcheCalendarService.HistoryMaxLength, history, multiline: true),
            ],
            [AdaptiveCard.Submit(CalendarTexts.Submit, CardActions.Data(CardActions.SaveCalendar))]);

    public static string? Format(DateOnly? date) => date?.ToString(IsoDate, CultureInfo.InvariantCulture);

    /// <summary>What the card sent for a step: nothing, a date, or something unreadable (a tampered or odd client).</summary>
    public static (bool Readable, DateOnly? Date, string? Typed) ReadDate(JObject submit, DemarcheStep step)
    {
        var typed = submit.Text(FieldOf(step))?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return (true, null, null);
        }
        return DateOnly.TryParseExact(typed, IsoDate, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (true, date, typed)
            : (false, null, typed);
    }

    private static JObject DateInput(DemarcheStep step, string? value)
    {
        var input = new JObject
        {
            ["type"] = "Input.Date",
            ["id"] = FieldOf(step),
            ["label"] = CalendarTexts.StepLabel(step),
        };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }
        return input;
    }

    private static string FieldOf(DemarcheStep step) => "date:" + step;
}
