using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Review;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Testimonies;

/// <summary>
/// The testimonies of the soirée de témoignages, recorded by the consultant with their themes. They stay in their own
/// table with their own tags: nothing here reads or writes the élus' answers, so the matrix and the answer listings
/// never count them.
/// <para>
/// Access: <see cref="ProtectedAction.Review"/> on the testimony's intercommunalité (its consultants and administrators);
/// anyone else gets <see cref="AccessDeniedException"/> (logged), like an unknown intercommunalité or testimony.
/// <see cref="DeleteAsync"/> answers false instead.
/// </para>
/// </summary>
public sealed class TestimonyService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    IThemeCategorizer categorizer,
    ThemeCatalog themes,
    AccessPolicy access,
    PersonalDataMasker masker,
    TimeProvider clock,
    ILogger<TestimonyService> logger)
{
    /// <summary>The longest structure name, once trimmed (the column's size).</summary>
    public const int StructureMaxLength = 200;
    /// <summary>The longest perceptions, enjeux or préconisations, once trimmed (the columns' size).</summary>
    public const int TextMaxLength = 4000;

    /// <summary>Checks and stores a testimony, with the themes the categoriser finds in its three texts as automatic tags.</summary>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<TestimonyResult> RecordAsync(
        ParticipantProfile viewer, int intercommunalityId, TestimonyInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);

        var problem = Validate(input);
        if (problem != TestimonyProblem.None)
        {
            return new TestimonyResult(problem, null);
        }

        var masked = new List<PersonalDataSpan>();
        var testimony = new Testimony
        {
            IntercommunalityId = intercommunalityId,
            Structure = input.Structure.Trim(),
            // Actors speak of residents too: their words are masked like the élus'.
            Perceptions = Mask(input.Perceptions, masked),
            Enjeux = Mask(input.Enjeux, masked),
            Preconisations = Mask(input.Preconisations, masked),
            RecordedByParticipantId = viewer.Id,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        // One text per line, so that the categoriser takes each heading as its own item. Every theme found is kept,
        // « no difficulty » ones included: a testimony's préconisations are as much about a theme as its difficulties.
        var said = string.Join('\n', new[] { testimony.Perceptions, testimony.Enjeux, testimony.Preconisations }.OfType<string>());
        testimony.Tags.AddRange(categorizer.Categorize(said).Themes
            .Where(score => themes.TryGet(score.ThemeId, out _))
            .DistinctBy(score => score.ThemeId)
            .Select(score => new TestimonyTag { ThemeId = score.ThemeId, Confidence = score.Confidence, Source = TagSource.Automatic }));
        db.Testimonies.Add(testimony);
        await db.SaveChangesAsync(ct);

        logger.LogInformation(
            "Participant {ParticipantId} recorded testimony {TestimonyId} for intercommunality {IntercommunalityId}",
            viewer.Id, testimony.Id, intercommunalityId);
        return new TestimonyResult(TestimonyProblem.None, ToView(testimony, viewer.DisplayName), masked.Count == 0 ? null : masked);
    }

    /// <summary>The first problem of a testimony, once trimmed; <see cref="TestimonyProblem.None"/> when it can be stored.</summary>
    public static TestimonyProblem Validate(TestimonyInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var structure = input.Structure?.Trim() ?? string.Empty;
        if (structure.Length == 0)
        {
            return TestimonyProblem.StructureMissing;
        }
        if (structure.Length > StructureMaxLength)
        {
            return TestimonyProblem.StructureTooLong;
        }

        var texts = new[] { input.Perceptions, input.Enjeux, input.Preconisations }.Select(Clean).OfType<string>().ToList();
        return texts.Count == 0 ? TestimonyProblem.NothingSaid
            : texts.Any(t => t.Length > TextMaxLength) ? TestimonyProblem.TextTooLong
            : TestimonyProblem.None;
    }

    /// <summary>The testimonies of the intercommunalité, in recording order.</summary>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown intercommunalité.</exception>
    public async Task<IReadOnlyList<TestimonyView>> ListAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await ReviewAccess.DemandAsync(db, access, viewer, intercommunalityId, ct);

        var testimonies = await db.Testimonies.AsNoTracking().Include(t => t.Tags)
            .Where(t => t.IntercommunalityId == intercommunalityId)
            .OrderBy(t => t.RecordedAt).ThenBy(t => t.Id)
            .ToListAsync(ct);
        var recorderIds = testimonies.Select(t => t.RecordedByParticipantId).Distinct().ToList();
        var names = await db.Participants.AsNoTracking()
            .Where(p => recorderIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return testimonies.Select(t => ToView(t, names.GetValueOrDefault(t.RecordedByParticipantId))).ToList();
    }

    /// <summary>
    /// A person sets the themes of a testimony: they replace the earlier human tags and win over the automatic ones,
    /// which are kept.
    /// </summary>
    /// <returns>The testimony's themes after the correction, in the order given.</returns>
    /// <exception cref="ArgumentException">No theme named.</exception>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    /// <exception cref="AccessDeniedException">Not allowed, or unknown testimony.</exception>
    public async Task<IReadOnlyList<string>> CorrectThemesAsync(
        ParticipantProfile viewer, int testimonyId, IReadOnlyList<string> themeIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(themeIds);
        if (themeIds.Count == 0)
        {
            throw new ArgumentException("A correction names at least one theme.", nameof(themeIds));
        }
        foreach (var id in themeIds)
        {
            themes.Get(id);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var testimony = await db.Testimonies.Include(t => t.Tags).SingleOrDefaultAsync(t => t.Id == testimonyId, ct);
        if (testimony is null)
        {
            // Refused like someone else's testimony; no participant follows intercommunalité 0, so this logs and throws.
            access.Demand(viewer, ProtectedAction.Review, intercommunalityId: 0, communeId: 0);
            throw new AccessDeniedException(ProtectedAction.Review);
        }
        await ReviewAccess.DemandAsync(db, access, viewer, testimony.IntercommunalityId, ct);

        db.TestimonyTags.RemoveRange(testimony.Tags.Where(t => t.Source == TagSource.Human));
        // Confidence decreasing with the order keeps the first theme named as the main one.
        testimony.Tags.AddRange(themeIds.Distinct().Select((id, index) =>
            new TestimonyTag { ThemeId = id, Confidence = 1.0 - index * 0.01, Source = TagSource.Human }));
        await db.SaveChangesAsync(ct);

        logger.LogInformation("Participant {ParticipantId} corrected the themes of testimony {TestimonyId}", viewer.Id, testimonyId);
        return testimony.Effective();
    }

    /// <returns>False when there is no such testimony or the viewer may not delete it (the refusal is logged).</returns>
    public async Task<bool> DeleteAsync(ParticipantProfile viewer, int testimonyId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var testimony = await db.Testimonies.Include(t => t.Tags).SingleOrDefaultAsync(t => t.Id == testimonyId, ct);
        if (testimony is null || !await ReviewAccess.AllowsAsync(db, access, viewer, testimony.IntercommunalityId, ct))
        {
            return false;
        }

        db.Testimonies.Remove(testimony);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Participant {ParticipantId} deleted testimony {TestimonyId}", viewer.Id, testimonyId);
        return true;
    }

    private static TestimonyView ToView(Testimony testimony, string? recordedBy) => new(
        testimony.Id,
        testimony.Structure,
        testimony.Perceptions,
        testimony.Enjeux,
        testimony.Preconisations,
        testimony.Effective(),
        recordedBy,
        DateTime.SpecifyKind(testimony.RecordedAt, DateTimeKind.Utc));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <param name="found">Where what was masked is added.</param>
    private string? Mask(string? text, List<PersonalDataSpan> found)
    {
        if (Clean(text) is not { } clean)
        {
            return null;
        }
        var masked = masker.Mask(clean);
        found.AddRange(masked.Found);
        return masked.Text;
    }
}
