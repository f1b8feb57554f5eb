using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Review;

/// <summary>
/// What consultants review: the communes × themes matrix of an intercommunalité and its answers, one theme
/// across communes or one commune across themes.
/// <para>
/// Access (<see cref="ProtectedAction.ReadAnswers"/>, checked commune by commune through <see cref="AccessPolicy"/>):
/// the service <b>returns only the communes the viewer may read</b> — every commune for a consultant or an
/// administrator of the intercommunalité, their own communes for an élu or a secrétaire de mairie. It
/// <b>refuses</b> (<see cref="AccessDeniedException"/>, logged) when the viewer may read none of them (another
/// intercommunalité, unknown intercommunalité), and when a listing names a commune the viewer may not read
/// or that is not in the intercommunalité. A refusal never tells whether the target has data.
/// </para>
/// </summary>
public sealed class ThemeMatrixService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    ThemeCatalog themes,
    AccessPolicy access,
    ILogger<ThemeMatrixService> logger)
{
    /// <summary>Largest page <see cref="ListAnswersAsync"/> serves.</summary>
    public const int MaxPageSize = 200;

    /// <exception cref="AccessDeniedException">The viewer may read no commune of the intercommunalité.</exception>
    public async Task<ThemeMatrix> GetMatrixAsync(ParticipantProfile viewer, int intercommunalityId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ReviewScope.ResolveAsync(db, access, viewer, ProtectedAction.ReadAnswers, intercommunalityId, requireAll: false, ct);
        return await BuildMatrixAsync(db, scope, ct);
    }

    /// <summary>
    /// The answers of the readable communes (or of <paramref name="communeId"/>), optionally only those whose effective
    /// themes include <paramref name="themeId"/> — difficulties, resources and « rien à signaler » alike — newest first.
    /// </summary>
    /// <param name="page">1-based.</param>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    /// <exception cref="AccessDeniedException">The viewer may not read the commune, or any commune of the intercommunalité.</exception>
    /// <exception cref="KeyNotFoundException">Unknown theme.</exception>
    public async Task<AnswerPage> ListAnswersAsync(
        ParticipantProfile viewer, int intercommunalityId, int? communeId, string? themeId, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (themeId is not null)
        {
            themes.Get(themeId);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var scope = await ReviewScope.ResolveAsync(db, access, viewer, ProtectedAction.ReadAnswers, intercommunalityId, requireAll: false, ct);
        var communeIds = scope.CommuneIds.ToList();
        if (communeId is { } wanted)
        {
            if (!communeIds.Contains(wanted))
            {
                // Not readable, or not a commune of this intercommunalité (which the policy alone would not see for a consultant).
                logger.LogWarning(
                    "Refused {Action} on commune {CommuneId} (intercommunality {IntercommunalityId}) to participant {ParticipantId} ({Role})",
                    ProtectedAction.ReadAnswers, wanted, intercommunalityId, viewer.Id, viewer.Role);
                throw new AccessDeniedException(ProtectedAction.ReadAnswers);
            }
            communeIds = [wanted];
        }

        var query = db.Answers.AsNoTracking().Where(a => communeIds.Contains(a.CommuneId));
        if (themeId is not null)
        {
            // The effective themes in SQL: the tags of the answer's highest source (AnswerThemes.Effective).
            query = query.Where(a => a.Tags.Any(t => t.ThemeId == themeId && !a.Tags.Any(h => h.Source > t.Source)));
        }

        var total = await query.CountAsync(ct);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new AnswerPage(total, page, pageSize, []);
        }

        var answers = await query
            .Include(a => a.Tags)
            .OrderByDescending(a => a.RecordedAt).ThenByDescending(a => a.Id)
            .Skip((int)skip).Take(pageSize)
            .ToListAsync(ct);
        var people = await LoadPeopleAsync(db, answers, [], ct);
        var communes = scope.Communes.ToDictionary(c => c.Id);
        return new AnswerPage(total, page, pageSize, answers.Select(a => ToReviewed(a, communes[a.CommuneId], people)).ToList());
    }

    internal async Task<ThemeMatrix> BuildMatrixAsync(AutoDiagDbContext db, ReviewScope scope, CancellationToken ct)
    {
        var communeIds = scope.CommuneIds.ToList();
        var answers = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => communeIds.Contains(a.CommuneId)).ToListAsync(ct);
        var risks = await db.RiskAssessments.AsNoTracking()
            .Where(r => communeIds.Contains(r.CommuneId)).ToListAsync(ct);
        var completions = await db.SectionCompletions.AsNoTracking()
            .Where(s => communeIds.Contains(s.CommuneId)).ToListAsync(ct);
        var authors = await LoadPeopleAsync(db, answers, [], ct);

        var rows = new List<CommuneMatrixRow>();
        foreach (var commune in scope.Communes)
        {
            var communeAnswers = answers.Where(a => a.CommuneId == commune.Id).ToList();
            var difficulties = communeAnswers.Where(a => a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty)
                .Select(a => a.EffectiveDifficulties()).ToList();
            var communeRisks = risks.Where(r => r.CommuneId == commune.Id).ToList();
            var cells = themes.All.ToDictionary(
                t => t.Id,
                t => new ThemeCell(
                    difficulties.Count(d => d.Contains(t.Id)),
                    communeRisks.Where(r => r.ThemeId == t.Id).Select(r => (RiskLevel?)r.Level).Max()));

            // The cells count every answer; the completion counts people, and the « élu anonyme » is nobody who answers.
            var participants = communeAnswers
                .Where(a => authors[a.ParticipantId].IsRespondent)
                .GroupBy(a => a.ParticipantId)
                .Select(g =>
                {
                    var closed = completions.Where(c => c.ParticipantId == g.Key && c.CommuneId == commune.Id).Select(c => c.Section).ToHashSet();
                    var assessed = communeRisks.Where(r => r.ParticipantId == g.Key).Select(r => r.ThemeId).ToHashSet();
                    var answers = g.ToList();
                    var person = authors[g.Key];
                    return new ParticipantCompletion(
                        g.Key, person.DisplayName, person.Role, g.Count(),
                        closed.Contains(InterviewSection.Difficulties), closed.Contains(InterviewSection.Resources),
                        CommuneProgress.PendingRisk(answers, assessed, themes) is null, CommuneProgress.Next(answers, assessed, closed, themes) is null);
                })
                .OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).ThenBy(p => p.ParticipantId)
                .ToList();
            rows.Add(new CommuneMatrixRow(commune, cells, new CommuneCompletion(participants)));
        }

        return new ThemeMatrix(scope.IntercommunalityId, scope.IntercommunalityName, themes.All, rows);
    }

    /// <param name="IsRespondent">
    /// Counts among a commune's respondents when the answers are theirs: everyone but the « élu anonyme »
    /// (<see cref="ParticipantDataService.Anonymous"/>), whose answers are still answers of the commune.
    /// </param>
    internal sealed record Person(string? DisplayName, ParticipantRole Role, bool IsRespondent);

    /// <summary>The authors and typists of <paramref name="answers"/>, and the <paramref name="others"/> (risk levels' authors).</summary>
    internal static async Task<IReadOnlyDictionary<int, Person>> LoadPeopleAsync(
        AutoDiagDbContext db, IEnumerable<Answer> answers, IEnumerable<int> others, CancellationToken ct)
    {
        var ids = answers.SelectMany(a => a.EnteredByParticipantId is { } typist ? [a.ParticipantId, typist] : new[] { a.ParticipantId })
            .Concat(others).Distinct().ToList();
        var anonymous = db.Participants.Where(ParticipantDataService.Anonymous).Select(p => p.Id);
        return await db.Participants.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName, p.Role, IsAnonymous = anonymous.Contains(p.Id) })
            .ToDictionaryAsync(p => p.Id, p => new Person(p.DisplayName, p.Role, !p.IsAnonymous), ct);
    }

    internal static ReviewedAnswer ToReviewed(Answer answer, Territories.CommuneRef commune, IReadOnlyDictionary<int, Person> people)
    {
        var author = people[answer.ParticipantId];
        var typist = answer.EnteredByParticipantId is { } typistId && people.TryGetValue(typistId, out var by) ? by : null;
        return new ReviewedAnswer(
            answer.Id,
            commune,
            answer.Kind,
            answer.Text,
            answer.ReportsNoDifficulty,
            answer.Effective(),
            answer.ParticipantId,
            author.DisplayName,
            author.Role,
            typist?.Role,
            typist?.DisplayName,
            DateTime.SpecifyKind(answer.RecordedAt, DateTimeKind.Utc));
    }
}
