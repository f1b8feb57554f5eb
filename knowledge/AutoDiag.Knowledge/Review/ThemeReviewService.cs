using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Territories;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Review;

/// <summary>
/// The consultant's working marks on an intercommunalité: which themes of which communes were reviewed, and notes
/// per theme or on the démarche as a whole (quoted by the fiche synthèse).
/// <para>
/// Access: <see cref="ProtectedAction.Review"/> on the intercommunalité and its communes, i.e. its consultants and
/// administrators only. Anyone else gets <see cref="AccessDeniedException"/> (logged), and so does an unknown commune
/// or intercommunalité: a refusal never tells whether the target exists. Deletions answer false instead.
/// </para>
/// </summary>
public sealed class ThemeReviewService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ThemeCatalog themes,
    AccessPolicy access,
    PersonalDataMasker masker,
    TimeProvider clock,
    ILogger<ThemeReviewService> logger)
{
    /// <summary>The longest note, once trimmed (the column's size).</summary>
    public const int NoteMaxLength = 4000;

    /// <summary>Marks a theme of a commune as reviewed; marking it again keeps one mark, with the latest who and when.</summary>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown commune.</exception>
    public async Task<ReviewMarkView> MarkReviewedAsync(ParticipantProfile viewer, int communeId, string themeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        themes.Get(themeId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var commune = await DemandCommuneAsync(db, viewer, communeId, ct);
        var now = clock.GetUtcNow().UtcDateTime;

        var mark = await db.ThemeReviewMarks.SingleOrDefaultAsync(m => m.CommuneId == communeId && m.ThemeId == themeId, ct);
        if (mark is null)
        {
            mark = new ThemeReviewMark { CommuneId = communeId, ThemeId = themeId };
            db.ThemeReviewMarks.Add(mark);
        }
        mark.ReviewedByParticipantId = viewer.Id;
        mark.ReviewedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Someone marked it at the same moment: the unique index kept their row, which now takes our who and when.
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var existing = await fresh.ThemeReviewMarks.SingleAsync(m => m.CommuneId == communeId && m.ThemeId == themeId, ct);
            existing.ReviewedByParticipantId = viewer.Id;
            existing.ReviewedAt = now;
            await fresh.SaveChangesAsync(ct);
        }

        logger.LogInformation(
            "Participant {ParticipantId} marked theme {ThemeId} of commune {CommuneId} reviewed", viewer.Id, themeId, communeId);
        return new ReviewMarkView(commune, themeId, viewer.Id, viewer.DisplayName, now);
    }

    /// <summary>Removes the mark; does nothing when the theme was not marked.</summary>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown commune.</exception>
    public async Task UnmarkReviewedAsync(ParticipantProfile viewer, int communeId, string themeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        themes.Get(themeId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await DemandCommuneAsync(db, viewer, communeId, ct);
        var removed = await db.ThemeReviewMarks.Where(m => m.CommuneId == communeId && m.ThemeId == themeId).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            logger.LogInformation(
                "Participant {ParticipantId} unmarked theme {ThemeId} of commune {CommuneId}", viewer.Id, themeId, communeId);
        }
    }

    /// <summary>
    /// The marks of every commune of the intercommunalité: communes in name order, then themes in catalogue order
    /// (a theme id the catalogue no longer knows last).
    /// </summary>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<IReadOnlyList<ReviewMarkView>> ListMarksAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);
        var communeIds = scope.CommuneIds.ToList();
        var marks = await (
            from mark in db.ThemeReviewMarks.AsNoTracking()
            join reviewer in db.Participants.AsNoTracking() on mark.ReviewedByParticipantId equals reviewer.Id
            where communeIds.Contains(mark.CommuneId)
            select new { mark.CommuneId, mark.ThemeId, mark.ReviewedByParticipantId, reviewer.DisplayName, mark.ReviewedAt })
            .ToListAsync(ct);

        var communes = scope.Communes.Select((commune, index) => (commune, index)).ToDictionary(c => c.commune.Id);
        var themeOrder = themes.All.Select((theme, index) => (theme.Id, index)).ToDictionary(t => t.Id, t => t.index, StringComparer.Ordinal);
        return marks
            .OrderBy(m => communes[m.CommuneId].index)
            .ThenBy(m => themeOrder.GetValueOrDefault(m.ThemeId, int.MaxValue))
            .ThenBy(m => m.ThemeId, StringComparer.Ordinal)
            .Select(m => new ReviewMarkView(
                communes[m.CommuneId].commune, m.ThemeId, m.ReviewedByParticipantId, m.DisplayName, AsUtc(m.ReviewedAt)))
            .ToList();
    }

    /// <summary>Stores a note on a theme of the intercommunalité, or on the démarche as a whole when <paramref name="themeId"/> is null.</summary>
    /// <param name="text">Trimmed before it is checked and stored.</param>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<NoteResult> AddNoteAsync(
        ParticipantProfile viewer, int intercommunalityId, string? themeId, string text, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (themeId is not null)
        {
            themes.Get(themeId);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);

        var problem = Validate(text);
        if (problem != NoteProblem.None)
        {
            return new NoteResult(problem, null);
        }

        // A note may name a resident: it goes into the fiche synthèse, so it is masked like an answer.
        var masked = masker.Mask(text.Trim());
        var note = new ConsultantNote
        {
            IntercommunalityId = intercommunalityId,
            ThemeId = themeId,
            Text = masked.Text,
            AuthorParticipantId = viewer.Id,
            WrittenAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ConsultantNotes.Add(note);
        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Participant {ParticipantId} wrote note {NoteId} on intercommunality {IntercommunalityId} (theme {ThemeId})",
            viewer.Id, note.Id, intercommunalityId, themeId);
        return new NoteResult(NoteProblem.None, new ConsultantNoteView(note.Id, note.ThemeId, note.Text, viewer.DisplayName, note.WrittenAt), masked.HasMasked ? masked.Found : null);
    }

    /// <summary>What is wrong with a note's text, once trimmed; <see cref="NoteProblem.None"/> when it can be stored.</summary>
    public static NoteProblem Validate(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? NoteProblem.Empty
            : trimmed.Length > NoteMaxLength ? NoteProblem.TooLong
            : NoteProblem.None;
    }

    /// <summary>The notes of the intercommunalité, oldest first: all of them when <paramref name="themeId"/> is null, else the theme's.</summary>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<IReadOnlyList<ConsultantNoteView>> ListNotesAsync(
        ParticipantProfile viewer, int intercommunalityId, string? themeId = null, CancellationToken ct = default)
    {
        if (themeId is not null)
        {
            themes.Get(themeId);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);

        var notes = await (
            from note in db.ConsultantNotes.AsNoTracking()
            join author in db.Participants.AsNoTracking() on note.AuthorParticipantId equals author.Id
            where note.IntercommunalityId == intercommunalityId && (themeId == null || note.ThemeId == themeId)
            orderby note.WrittenAt, note.Id
            select new { note.Id, note.ThemeId, note.Text, author.DisplayName, note.WrittenAt })
            .ToListAsync(ct);
        return notes.Select(n => new ConsultantNoteView(n.Id, n.ThemeId, n.Text, n.DisplayName, AsUtc(n.WrittenAt))).ToList();
    }

    /// <returns>False when there is no such note or the viewer may not delete it (the refusal is logged).</returns>
    public async Task<bool> DeleteNoteAsync(ParticipantProfile viewer, int noteId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var note = await db.ConsultantNotes.SingleOrDefaultAsync(n => n.Id == noteId, ct);
        if (note is null || !await ReviewAccess.AllowsAsync(db, access, viewer, note.IntercommunalityId, ct))
        {
            return false;
        }

        db.ConsultantNotes.Remove(note);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Participant {ParticipantId} deleted note {NoteId}", viewer.Id, noteId);
        return true;
    }

    /// <summary>An unknown commune is refused like anyone else's: the refusal tells nothing of what exists.</summary>
    private async Task<CommuneRef> DemandCommuneAsync(AutoDiagDbContext db, ParticipantProfile viewer, int communeId, CancellationToken ct)
    {
        var commune = await db.Communes.AsNoTracking()
            .Where(c => c.Id == communeId)
            .Select(c => new { c.Id, c.Name, c.IntercommunalityId })
            .SingleOrDefaultAsync(ct);
        access.Demand(viewer, ProtectedAction.Review, commune?.IntercommunalityId ?? 0, communeId);
        // No participant follows intercommunalité 0, so Demand has refused an unknown commune already.
        return commune is null ? throw new AccessDeniedException(ProtectedAction.Review) : new CommuneRef(commune.Id, commune.Name);
    }

    private static DateTime AsUtc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);
}
