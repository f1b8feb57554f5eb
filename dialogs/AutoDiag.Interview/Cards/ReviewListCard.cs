using AutoDiag.Interview.Formatting;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Cards;

/// <summary>
/// One page of answers as the consultant reviews them — a theme across communes, or a commune across themes —
/// each with who said it, when, its themes and their correction; then the review marks and, for a theme, the
/// témoignages (kept apart from the élus' answers) and the consultant's notes.
/// </summary>
public static class ReviewListCard
{
    public const string ThemeIdField = "themeId";
    public const string CommuneIdField = "communeId";
    public const string PageField = "page";
    public const string ReviewedField = "reviewed";
    public const string NoteField = "note";

    /// <param name="markChoices">What can be marked as relu: the communes for a theme, the themes for a commune.</param>
    public static Attachment Create(
        ReviewSubject subject,
        string title,
        AnswerPage page,
        IReadOnlyList<(string Title, string Value, bool Reviewed)> markChoices,
        IReadOnlyList<TestimonyView> testimonies,
        IReadOnlyList<ConsultantNoteView> notes,
        ThemeCatalog themes)
    {
        var body = new List<JObject>
        {
            AdaptiveCard.Text(title, bold: true),
            AdaptiveCard.Text(ReviewTexts.PageLine(page.TotalCount, page.Page, page.PageCount), subtle: true),
        };
        body.AddRange(page.Items.Select(a => AnswerItem(a, subject.Fields(page.Page), themes)));

        if (testimonies.Count > 0)
        {
            body.Add(Separated(AdaptiveCard.Text(ReviewTexts.TestimoniesHeader, bold: true)));
            body.AddRange(testimonies.Select(t => AdaptiveCard.Text(
                $"{CardText.Plain(t.Structure)} : {CardText.Plain(string.Join(" — ", new[] { t.Perceptions, t.Enjeux, t.Preconisations }.Where(s => !string.IsNullOrWhiteSpace(s))))}")));
        }
        if (notes.Count > 0)
        {
            body.Add(Separated(AdaptiveCard.Text(ReviewTexts.NotesHeader, bold: true)));
            body.AddRange(notes.Select(n => AdaptiveCard.Text($"{FrenchText.Date(n.WrittenAt)} — {CardText.Plain(n.Text)}")));
        }

        var actions = new List<JObject>();
        if (page.Page > 1)
        {
            actions.Add(AdaptiveCard.Submit(ReviewTexts.PreviousPage, subject.Open(page.Page - 1)));
        }
        if (page.HasNextPage)
        {
            actions.Add(AdaptiveCard.Submit(ReviewTexts.NextPage, subject.Open(page.Page + 1)));
        }
        actions.Add(MarkAction(subject, markChoices));
        if (subject.ThemeId is { } themeId)
        {
            actions.Add(AdaptiveCard.ShowCard(
                ReviewTexts.AddNote,
                [NoteInput(null)],
                [AdaptiveCard.Submit(ReviewTexts.NoteSubmit, CardActions.Data(CardActions.AddNote, (ThemeIdField, themeId)))]));
        }
        actions.Add(AdaptiveCard.Submit(ReviewTexts.BackToOverview, CardActions.Data(CardActions.OpenOverview)));
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>The note field alone, given back with what was typed when it could not be saved.</summary>
    public static Attachment NoteCard(string themeId, string themeLabel, string? typed) =>
        AdaptiveCard.Create(
            [AdaptiveCard.Text(themeLabel, bold: true), NoteInput(typed)],
            [AdaptiveCard.Submit(ReviewTexts.NoteSubmit, CardActions.Data(CardActions.AddNote, (ThemeIdField, themeId)))]);

    /// <summary>The values ticked in the « relu » choice set (a multi-select sends them comma-separated).</summary>
    public static IReadOnlyList<string> ReviewedValues(JObject submit) =>
        (submit.Text(ReviewedField) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JObject AnswerItem(ReviewedAnswer answer, (string Name, string Value)[] listing, ThemeCatalog themes)
    {
        var labels = answer.Themes.Select(id => themes.Get(id)).Select(t => $"{t.Icon} {t.ShortLabel}").ToList();
        return new JObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["items"] = new JArray(
                AdaptiveCard.Text(
                    $"{CardText.Plain(answer.Commune.Name)} · {ReviewTexts.Kind(answer.Kind, answer.ReportsNoDifficulty)} · {CardText.Plain(ReviewTexts.Author(answer.AuthorName, answer.AuthorRole, answer.EnteredByRole, answer.EnteredByName))} · {FrenchText.Date(answer.RecordedAt)}",
                    subtle: true),
                AdaptiveCard.Text(CardText.Plain(answer.Text)),
                AdaptiveCard.Text(ReviewTexts.Themes(labels), subtle: true),
                new JObject
                {
                    ["type"] = "ActionSet",
                    ["actions"] = new JArray(ThemeCorrectionCard.ForAnswer(answer.Id, answer.Themes.ToList(), themes, listing)),
                }),
        };
    }

    private static JObject MarkAction(ReviewSubject subject, IReadOnlyList<(string Title, string Value, bool Reviewed)> choices)
    {
        var choiceSet = AdaptiveCard.ChoiceSet(
            ReviewedField,
            subject.ThemeId is null ? ReviewTexts.MarkThemesLabel : ReviewTexts.MarkCommunesLabel,
            choices.Select(c => (c.Title, c.Value)),
            multiSelect: true,
            errorMessage: string.Empty);
        // Unticking everything is how a mark is taken back.
        choiceSet["isRequired"] = false;
        choiceSet.Remove("errorMessage");
        choiceSet["value"] = string.Join(',', choices.Where(c => c.Reviewed).Select(c => c.Value));
        return AdaptiveCard.ShowCard(
            ReviewTexts.MarkReviewed,
            [choiceSet],
            [AdaptiveCard.Submit(ReviewTexts.MarkSubmit, subject.Mark())]);
    }

    private static JObject NoteInput(string? typed) =>
        AdaptiveCard.TextInput(NoteField, ReviewTexts.NoteLabel, ThemeReviewService.NoteMaxLength, typed, multiline: true);

    private static JObject Separated(JObject element)
    {
        element["separator"] = true;
        element["spacing"] = "medium";
        return element;
    }
}
