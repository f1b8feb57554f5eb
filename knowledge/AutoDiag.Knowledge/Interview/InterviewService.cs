using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Participants;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Privacy;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Analysis;
using Microsoft.EntityFrameworkCore;

namespace AutoDiag.Knowledge.Interview;

/// <summary>
/// The commune-by-commune état des lieux: records answers, risks and completed sections, and
/// derives from them the next question. Every write is committed before it returns, so the bot
/// acknowledges only what is stored. Residents' personal data (names, phones, addresses…) is masked before
/// anything is categorised or stored: only the masked text is shown, categorised and exported. The text as typed is
/// kept beside it (<see cref="Answer.OriginalText"/>, <see cref="RiskAssessment.OriginalComment"/>) only when the masking
/// changed it and an administrator turned keeping originals on for the intercommunalité (<see cref="OriginalTextSettings"/>).
/// </summary>
public sealed class InterviewService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    IThemeCategorizer categorizer,
    ThemeCatalog themes,
    AccessPolicy access,
    PersonalDataMasker masker,
    TimeProvider clock)
{
    /// <summary>Longest risk comment kept, in characters (the risk card allows no more).</summary>
    public const int RiskCommentMaxLength = 1000;

    /// <summary>Below any theme the categoriser found itself, so it never becomes the main one.</summary>
    private const double QuestionThemeConfidence = 0.01;

    // The position is read on every turn: one compiled query (one statement instead of three), and only the columns it
    // needs — not the texts and comments, which grow with each answer.
    private static readonly CompiledQuery<int, PositionRow> PositionRows = new((db, participantId) =>
        db.Answers.Where(a => a.ParticipantId == participantId).SelectMany(a => a.Tags.DefaultIfEmpty(), PositionRow.AnswerTag)
            .Concat(db.RiskAssessments.Where(r => r.ParticipantId == participantId).Select(PositionRow.Risk))
            .Concat(db.SectionCompletions.Where(c => c.ParticipantId == participantId).Select(PositionRow.ClosedSection)));

    /// <summary>The answer an activity seen again stored the first time.</summary>
    private static readonly CompiledQuery<int, string, Answer> AnswerBySource = new((db, participantId, sourceActivityId) => db.Answers
        .AsNoTracking()
        .Include(a => a.Tags)
        // At most one: the unique index on participant and activity.
        .Where(a => a.ParticipantId == participantId && a.SourceActivityId == sourceActivityId));

    public async Task<InterviewPosition> GetPositionAsync(ParticipantProfile participant, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await PositionRows.ToListAsync(db, participant.Id, ct);
        var answers = PositionRow.Answers(rows);
        var risks = rows.Where(r => r.Of == PositionRowKind.Risk).ToList();
        var completions = rows.Where(r => r.Of == PositionRowKind.ClosedSection).ToList();

        for (var index = 0; index < participant.Communes.Count; index++)
        {
            var commune = participant.Communes[index];
            var step = CommuneProgress.Next(
                answers.Where(a => a.CommuneId == commune.Id).ToList(),
                risks.Where(r => r.CommuneId == commune.Id).Select(r => r.ThemeId!).ToHashSet(),
                completions.Where(c => c.CommuneId == commune.Id).Select(c => c.Section!.Value).ToHashSet(),
                themes);
            if (step is not null)
            {
                return new InterviewPosition(index + 1, participant.Communes.Count, commune, step.Step, step.ThemeId, step.AnswersSoFar, step.Rank);
            }
        }

        return new InterviewPosition(participant.Communes.Count, participant.Communes.Count, null, InterviewStep.Finished, null);
    }

    /// <summary>
    /// « MARTIN Jean », « 06 12 34 56 78 »: a message that, masked, says nothing — stored, it would be a difficulty
    /// « [nom] » that the categoriser themes at random and a risk question follows.
    /// </summary>
    public bool SaysOnlyPersonalData(string text) => masker.Mask(text).SaysOnlyPersonalData;

    /// <summary>
    /// Stores a difficulty or a resource with its themes. <paramref name="questionThemeId"/> is the theme
    /// the question was about (the coverage check): the answer is tagged with it too, after its own themes.
    /// </summary>
    public async Task<RecordedAnswer> RecordAnswerAsync(
        ParticipantProfile participant, int communeId, AnswerKind kind, AnswerText text, string sourceActivityId,
        string? questionThemeId = null, ParticipantProfile? enteredBy = null, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy);
        var masked = masker.Mask(AnswerLeadIn.Strip(text.Value));
        var categorization = categorizer.Categorize(masked.ForCategorization);
        var tags = categorization.Themes
            .Select(t => new ThemeTag
            {
                ThemeId = t.ThemeId,
                Confidence = t.Confidence,
                Source = TagSource.Automatic,
                ReportsNoDifficulty = OnlySaysNoDifficulty(categorization, t.ThemeId),
            })
            .ToList();
        if (questionThemeId is not null && tags.All(t => t.ThemeId != questionThemeId))
        {
            // Said in answer to a question on this theme, so it is about it too; but the need the text
            // itself expresses stays the main theme.
            themes.Get(questionThemeId);
            tags.Add(new ThemeTag { ThemeId = questionThemeId, Confidence = QuestionThemeConfidence, Source = TagSource.Automatic });
        }

        var answer = new Answer
        {
            CommuneId = communeId,
            ParticipantId = participant.Id,
            Kind = kind,
            EnteredByParticipantId = TypistOf(participant, enteredBy),
            Text = masked.Text,
            OriginalText = await OriginalToKeepAsync(participant, masked, text.Value, ct),
            ReportsNoDifficulty = categorization.ReportsNoDifficulty,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            SourceActivityId = sourceActivityId,
            Tags = tags,
        };
        return await SaveOnceAsync(answer, text.WasTruncated, ct) with { Masking = masked };
    }

    /// <summary>« Rien à signaler » on a theme: it counts for coverage, not as a difficulty.</summary>
    public async Task<RecordedAnswer> RecordNothingToReportAsync(
        ParticipantProfile participant, int communeId, string themeId, string text, string sourceActivityId,
        ParticipantProfile? enteredBy = null, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy);
        themes.Get(themeId);
        var answer = new Answer
        {
            CommuneId = communeId,
            ParticipantId = participant.Id,
            Kind = AnswerKind.Difficulty,
            EnteredByParticipantId = TypistOf(participant, enteredBy),
            Text = text,
            ReportsNoDifficulty = true,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            SourceActivityId = sourceActivityId,
            Tags = [new ThemeTag { ThemeId = themeId, Confidence = 1, Source = TagSource.Human }],
        };
        return await SaveOnceAsync(answer, wasTruncated: false, ct);
    }

    public async Task CompleteSectionAsync(
        ParticipantProfile participant, int communeId, InterviewSection section, ParticipantProfile? enteredBy = null, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await InterviewWrites.InsertCompletionAsync(db, new SectionCompletion
        {
            ParticipantId = participant.Id,
            CommuneId = communeId,
            Section = section,
            CompletedAt = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    /// <summary>
    /// Records (or replaces) the participant's risk level for a theme in a commune. A comment longer than
    /// <see cref="RiskCommentMaxLength"/> (typed in the chat, or a hand-made submit) is cut, as an answer is.
    /// </summary>
    public async Task<RecordedRisk> RecordRiskAsync(
        ParticipantProfile participant, int communeId, string themeId, RiskLevel level, string? comment, string sourceActivityId,
        ParticipantProfile? enteredBy = null, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy);
        themes.Get(themeId);
        var trimmed = comment?.Trim() ?? string.Empty;
        var kept = LongText.Cut(trimmed, RiskCommentMaxLength);
        var masked = kept.Length == 0 ? null : masker.Mask(kept);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await InterviewWrites.UpsertRiskAsync(db, new RiskAssessment
        {
            CommuneId = communeId,
            ParticipantId = participant.Id,
            EnteredByParticipantId = TypistOf(participant, enteredBy),
            ThemeId = themeId,
            Level = level,
            Comment = masked?.Text,
            OriginalComment = masked is null ? null : await OriginalToKeepAsync(db, participant, masked, kept, ct),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            SourceActivityId = sourceActivityId,
        }, ct);
        return new RecordedRisk(masked, kept.Length < trimmed.Length ? kept.Length : null);
    }

    /// <summary>
    /// A participant's answers with their tags, by the participant alone: asked for a commune too, SQLite's planner (no
    /// statistics) takes the commune's index and reads every élu's answers there — a few hundred rows for a dozen. The
    /// caller filters the few it gets.
    /// </summary>
    internal static Task<List<Answer>> ByParticipantAsync(AutoDiagDbContext db, int participantId, CancellationToken ct) =>
        ByParticipant(db, participantId).ToListAsync(ct);

    internal static IQueryable<Answer> ByParticipant(AutoDiagDbContext db, int participantId) =>
        db.Answers.AsNoTracking().Include(a => a.Tags).Where(a => a.ParticipantId == participantId);

    /// <summary>
    /// The respondent's latest difficulty in the commune that raises the theme, masked as stored — the part of it about the
    /// theme when it lists several needs: what a risk question on that theme is about, lest the élu wonder why
    /// « Gouvernance » comes up. Null when none does (a theme added by a correction to an answer since withdrawn, say).
    /// </summary>
    public async Task<string?> GetDifficultyRaisingAsync(ParticipantProfile participant, int communeId, string themeId, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy: null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var answer = (await ByParticipantAsync(db, participant.Id, ct))
            .Where(a => a.CommuneId == communeId && a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty)
            .OrderByDescending(a => a.Id)
            .FirstOrDefault(a => a.InterviewDifficulties().Contains(themeId));
        if (answer is null)
        {
            return null;
        }
        // A message listing several needs: the part about that theme, not its first words (a theme set by hand, which
        // no part carries, gets the whole message). A message of one part is not categorised again.
        var parts = MessageSegmenter.Split(answer.Text);
        var quoted = parts.Count < 2
            ? answer.Text
            : parts.FirstOrDefault(part => categorizer.Categorize(PersonalDataMasker.WithoutPlaceholders(part)).Themes.Any(t => t.ThemeId == themeId))
                ?? answer.Text;
        // « …isolées, heureusement le club des aînés passe les voir »: the help is no part of the difficulty whose risk is asked.
        return MixedAnswerDetector.WithoutOtherKindClause(quoted, AnswerKind.Difficulty);
    }

    public async Task<CommuneRecap> GetRecapAsync(ParticipantProfile participant, int communeId, CancellationToken ct = default)
    {
        EnsureCanAnswer(participant, communeId, enteredBy: null);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var answers = (await ByParticipantAsync(db, participant.Id, ct)).Where(a => a.CommuneId == communeId).OrderBy(a => a.Id).ToList();
        var risks = await db.RiskAssessments.AsNoTracking()
            .Where(r => r.ParticipantId == participant.Id && r.CommuneId == communeId)
            .ToListAsync(ct);

        RecapAnswer ToRecap(Answer a) => new(a.Text, a.InterviewThemes());
        // A difficulty added or re-themed later outweighs an earlier « Rien à signaler » in what the élu reads back; the
        // « Rien à signaler » stays stored (a person said it) and shows again if that difficulty is withdrawn.
        var raised = CommuneProgress.DifficultyThemes(answers);
        return new CommuneRecap(
            participant.Communes.Single(c => c.Id == communeId),
            answers.Where(a => a.Kind == AnswerKind.Difficulty && !a.ReportsNoDifficulty).Select(ToRecap).ToList(),
            answers.Where(a => a.Kind == AnswerKind.Resource).Select(ToRecap).ToList(),
            risks.OrderBy(r => themes.All.Select(t => t.Id).ToList().IndexOf(r.ThemeId))
                .Select(r => new RecapRisk(r.ThemeId, r.Level, r.Comment)).ToList(),
            answers.Where(a => a.Kind == AnswerKind.Difficulty && a.ReportsNoDifficulty).SelectMany(a => a.InterviewThemes())
                .Where(t => !raised.Contains(t)).Distinct().ToList());
    }

    /// <summary>
    /// An activity seen again (a turn run again after a state conflict, a redelivery whose first turn died before it
    /// saved the conversation, two deliveries at once) stores nothing: the unique index on participant and activity
    /// refuses it within the insert, and the answer stored the first time is returned.
    /// </summary>
    private async Task<RecordedAnswer> SaveOnceAsync(Answer answer, bool wasTruncated, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await InterviewWrites.InsertAnswerAsync(db, answer, ct))
        {
            // A turn run again after a state conflict sends its replies again: the cut is told again too.
            return await FindBySourceAsync(db, answer.ParticipantId, answer.SourceActivityId, wasTruncated, ct)
                ?? throw new InvalidOperationException("A unique index refused an answer that cannot be found.");
        }

        return new RecordedAnswer(answer.Id, answer.InterviewThemes(), answer.ReportsNoDifficulty, wasTruncated, AlreadyRecorded: false);
    }

    /// <summary>The text as typed when it must be kept beside the masked one; null otherwise (nothing masked, or originals not kept).</summary>
    private async Task<string?> OriginalToKeepAsync(ParticipantProfile participant, MaskedText masked, string typed, CancellationToken ct)
    {
        if (!masked.HasMasked)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OriginalToKeepAsync(db, participant, masked, typed, ct);
    }

    private static async Task<string?> OriginalToKeepAsync(
        AutoDiagDbContext db, ParticipantProfile participant, MaskedText masked, string typed, CancellationToken ct) =>
        masked.HasMasked && await OriginalTextSettings.KeepsOriginalsAsync(db, participant.IntercommunalityId, ct) ? typed : null;

    private static async Task<RecordedAnswer?> FindBySourceAsync(
        AutoDiagDbContext db, int participantId, string sourceActivityId, bool wasTruncated, CancellationToken ct)
    {
        var answer = (await AnswerBySource.ToListAsync(db, participantId, sourceActivityId, ct)).SingleOrDefault();
        return answer is null
            ? null
            : new RecordedAnswer(answer.Id, answer.InterviewThemes(), answer.ReportsNoDifficulty, wasTruncated, AlreadyRecorded: true);
    }

    /// <summary>Every item that names the theme says there is no difficulty there.</summary>
    private static bool OnlySaysNoDifficulty(ThemeCategorization categorization, string themeId)
    {
        var items = categorization.Items.Where(i => i.Themes.Any(t => t.ThemeId == themeId)).ToList();
        return items.Count == 0 ? categorization.ReportsNoDifficulty : items.All(i => i.ReportsNoDifficulty);
    }

    /// <summary>
    /// The interview only ever concerns the participant's own communes, hence their own intercommunalité;
    /// whoever types for them must be allowed to relay there.
    /// </summary>
    private void EnsureCanAnswer(ParticipantProfile participant, int communeId, ParticipantProfile? enteredBy)
    {
        access.Demand(participant, ProtectedAction.Answer, participant.IntercommunalityId, communeId);
        if (enteredBy is not null && enteredBy.Id != participant.Id)
        {
            access.Demand(enteredBy, ProtectedAction.RelayAnswers, participant.IntercommunalityId, communeId);
        }
    }

    private static int? TypistOf(ParticipantProfile participant, ParticipantProfile? enteredBy) =>
        enteredBy is not null && enteredBy.Id != participant.Id ? enteredBy.Id : null;
}
