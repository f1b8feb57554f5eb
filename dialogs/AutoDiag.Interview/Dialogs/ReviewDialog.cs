using System.Globalization;
using AutoDiag.Interview.Cards;
using AutoDiag.Interview.Participants;
using AutoDiag.Interview.Texts;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Testimonies;
using AutoDiag.Knowledge.Themes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AutoDiag.Interview.Dialogs;

/// <summary>
/// The consultant's review, one card click at a time: a theme across communes or a commune across themes,
/// page by page; « relu » marks; notes on a theme. Each click carries all it needs, so the dialog keeps no state.
/// </summary>
public sealed class ReviewDialog(
    CurrentParticipant currentParticipant, AccessPolicy access,
    ThemeMatrixService matrices,
    ThemeReviewService reviews,
    TestimonyService testimonies,
    TerritoryDirectory territories,
    ThemeCatalog themes)
    : ConsultantDialog(nameof(ReviewDialog), currentParticipant, access, ReviewTexts.NotAllowed)
{
    /// <summary>Answers per card: each comes with its correction, and a card should fit a laptop screen.</summary>
    public const int PageSize = 5;

    protected override async Task<IActivity> ReplyAsync(ITurnContext context, ParticipantProfile viewer, object? options, CancellationToken cancellationToken)
    {
        var submit = options as JObject ?? new JObject();
        return CardActions.Of(submit) switch
        {
            CardActions.OpenTheme => await OpenThemeAsync(viewer, submit, cancellationToken),
            CardActions.OpenCommune => await OpenCommuneAsync(viewer, submit, cancellationToken),
            CardActions.MarkReviewed => await SaveMarksAsync(viewer, submit, cancellationToken),
            _ => await AddNoteAsync(viewer, submit, cancellationToken),
        };
    }

    /// <summary>A correction made in a listing: its submit carries the listing and the page.</summary>
    public static bool IsFromListing(JObject correction) =>
        correction.ContainsKey(ReviewListCard.ThemeIdField) || correction.ContainsKey(ReviewListCard.CommuneIdField);

    /// <summary>The listing a correction was made from, as it is now; null when the viewer reviews nothing.</summary>
    public async Task<IActivity?> ListingAfterCorrectionAsync(ParticipantProfile viewer, JObject correction, CancellationToken ct)
    {
        if (!IsReviewer(viewer))
        {
            return null;
        }
        return correction.ContainsKey(ReviewListCard.ThemeIdField)
            ? await OpenThemeAsync(viewer, correction, ct)
            : await OpenCommuneAsync(viewer, correction, ct);
    }

    private async Task<IActivity> OpenThemeAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        if (!TryTheme(submit, out var theme))
        {
            return MessageFactory.Text(ReviewTexts.UnknownTheme);
        }

        var intercommunality = viewer.IntercommunalityId;
        var page = await ListAsync(viewer, null, theme.Id, PageOf(submit), ct);
        var marked = (await reviews.ListMarksAsync(viewer, intercommunality, ct)).Where(m => m.ThemeId == theme.Id).Select(m => m.Commune.Id).ToHashSet();
        var communes = await territories.ListCommunesAsync(intercommunality, ct);
        // The témoignages go with the first page only: they are not paged with the answers.
        var heard = page.Page == 1
            ? (await testimonies.ListAsync(viewer, intercommunality, ct)).Where(t => t.Themes.Contains(theme.Id)).ToList()
            : [];
        var notes = await reviews.ListNotesAsync(viewer, intercommunality, theme.Id, ct);

        return MessageFactory.Attachment(ReviewListCard.Create(
            ReviewSubject.Theme(theme.Id),
            ReviewTexts.ThemeTitle(theme.Icon, theme.Label),
            page,
            communes.Select(c => (c.Name, Number(c.Id), marked.Contains(c.Id))).ToList(),
            heard,
            notes,
            themes));
    }

    private async Task<IActivity> OpenCommuneAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        var commune = await CommuneOfAsync(viewer, submit, ct);
        if (commune is null)
        {
            return MessageFactory.Text(ReviewTexts.UnknownCommune);
        }

        var page = await ListAsync(viewer, commune.Id, null, PageOf(submit), ct);
        var marked = (await reviews.ListMarksAsync(viewer, viewer.IntercommunalityId, ct)).Where(m => m.Commune.Id == commune.Id).Select(m => m.ThemeId).ToHashSet();

        return MessageFactory.Attachment(ReviewListCard.Create(
            ReviewSubject.Commune(commune.Id),
            ReviewTexts.CommuneTitle(commune.Name),
            page,
            themes.All.Select(t => ($"{t.Icon} {t.ShortLabel}", t.Id, marked.Contains(t.Id))).ToList(),
            [],
            [],
            themes));
    }

    /// <summary>Past the last page (answers changed since the card was sent), the last page.</summary>
    private async Task<AnswerPage> ListAsync(ParticipantProfile viewer, int? communeId, string? themeId, int page, CancellationToken ct)
    {
        var listed = await matrices.ListAnswersAsync(viewer, viewer.IntercommunalityId, communeId, themeId, page, PageSize, ct);
        return listed.Items.Count == 0 && listed.PageCount > 0
            ? await matrices.ListAnswersAsync(viewer, viewer.IntercommunalityId, communeId, themeId, listed.PageCount, PageSize, ct)
            : listed;
    }

    /// <summary>The choice set lists everything that can be marked: what is ticked is relu, what is not is not.</summary>
    private async Task<IActivity> SaveMarksAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        var ticked = ReviewListCard.ReviewedValues(submit).ToHashSet();
        var existing = await reviews.ListMarksAsync(viewer, viewer.IntercommunalityId, ct);

        if (submit.ContainsKey(ReviewListCard.ThemeIdField))
        {
            if (!TryTheme(submit, out var theme))
            {
                return MessageFactory.Text(ReviewTexts.UnknownTheme);
            }
            var reviewed = new List<string>();
            foreach (var commune in await territories.ListCommunesAsync(viewer.IntercommunalityId, ct))
            {
                if (ticked.Contains(Number(commune.Id)))
                {
                    await reviews.MarkReviewedAsync(viewer, commune.Id, theme.Id, ct);
                    reviewed.Add(commune.Name);
                }
                else if (existing.Any(m => m.Commune.Id == commune.Id && m.ThemeId == theme.Id))
                {
                    await reviews.UnmarkReviewedAsync(viewer, commune.Id, theme.Id, ct);
                }
            }
            return MessageFactory.Text(ReviewTexts.MarksSaved(theme.ShortLabel, reviewed));
        }

        var target = await CommuneOfAsync(viewer, submit, ct);
        if (target is null)
        {
            return MessageFactory.Text(ReviewTexts.UnknownCommune);
        }
        var themesReviewed = new List<string>();
        foreach (var theme in themes.All)
        {
            if (ticked.Contains(theme.Id))
            {
                await reviews.MarkReviewedAsync(viewer, target.Id, theme.Id, ct);
                themesReviewed.Add(theme.ShortLabel);
            }
            else if (existing.Any(m => m.Commune.Id == target.Id && m.ThemeId == theme.Id))
            {
                await reviews.UnmarkReviewedAsync(viewer, target.Id, theme.Id, ct);
            }
        }
        return MessageFactory.Text(ReviewTexts.MarksSaved(target.Name, themesReviewed));
    }

    private async Task<IActivity> AddNoteAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        if (!TryTheme(submit, out var theme))
        {
            return MessageFactory.Text(ReviewTexts.UnknownTheme);
        }

        var typed = submit.Text(ReviewListCard.NoteField);
        var result = await reviews.AddNoteAsync(viewer, viewer.IntercommunalityId, theme.Id, typed ?? string.Empty, ct);
        var problem = result.Problem switch
        {
            NoteProblem.Empty => ReviewTexts.NoteEmpty,
            NoteProblem.TooLong => ReviewTexts.NoteTooLong(ThemeReviewService.NoteMaxLength),
            _ => null,
        };
        if (problem is null)
        {
            return MessageFactory.Text(PrivacyTexts.WithMaskedNotice(ReviewTexts.NoteSaved(theme.ShortLabel), result.Masked, PrivacyTexts.Note, " "));
        }

        // Explained, and the field given back with what was typed: nothing is lost.
        var retry = MessageFactory.Attachment(ReviewListCard.NoteCard(theme.Id, $"{theme.Icon} {theme.Label}", typed));
        retry.Text = problem;
        return retry;
    }

    private bool TryTheme(JObject submit, out Theme theme) =>
        themes.TryGet(submit.Text(ReviewListCard.ThemeIdField) ?? string.Empty, out theme!);

    /// <summary>A commune of the viewer's intercommunalité, or null: a tampered id reads like an unknown one.</summary>
    private async Task<CommuneRef?> CommuneOfAsync(ParticipantProfile viewer, JObject submit, CancellationToken ct)
    {
        if (!int.TryParse(submit.Text(ReviewListCard.CommuneIdField), NumberStyles.None, CultureInfo.InvariantCulture, out var communeId))
        {
            return null;
        }
        return (await territories.ListCommunesAsync(viewer.IntercommunalityId, ct)).FirstOrDefault(c => c.Id == communeId);
    }

    private static int PageOf(JObject submit) =>
        int.TryParse(submit.Text(ReviewListCard.PageField), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : 1;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
