using System.Linq.Expressions;
using AutoDiag.Knowledge.Answers;
using AutoDiag.Knowledge.Exports;
using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Invitations;
using AutoDiag.Knowledge.Persistence;
using AutoDiag.Knowledge.Reminders;
using AutoDiag.Knowledge.Testimonies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// The rights of the people registered: an administrator exports everything stored about a participant (right of access)
/// and erases it (right to erasure), keeping their answers under the intercommunalité's « élu anonyme » or deleting them.
/// <para>
/// Access: <see cref="ProtectedAction.ManageParticipants"/> on the participant's intercommunalité — its administrators
/// only; anyone else, and an unknown participant, gets the same <see cref="AccessDeniedException"/> (logged). An
/// administrator does not erase themselves (another administrator, or the command line, does).
/// </para>
/// <para>
/// Erasure, in one transaction: the participant's row goes (with its communes, followed intercommunalités and whatever
/// cascades from it); every row that must keep an author — fiche commune revisions, invitations they created,
/// témoignages, notes, relu marks, calendars, answers and risk levels they typed for an élu — now names the « élu
/// anonyme » of its own intercommunalité, created on demand; the invitations they redeemed are deleted; the bot's state
/// of their conversations (with the ids of their last messages) is deleted, and their row of the reminders (the reference of their
/// personal chat); the channel activity ids kept with the answers they typed are replaced, so that no conversation id
/// points back to them; the originals kept of their masked answers and risk comments are erased (what is reassigned keeps
/// its masked text only). Only ids and counts are logged.
/// </para>
/// <para>
/// The « élu anonyme » is a participant with the élu role, that name, no channel id, no e-mail and no commune: its answers
/// count in the communes' matrix, theme listings, fiche synthèse and exports like any élu's (they are counted by the
/// answer's commune), but it is not counted as a respondent or an élu (<see cref="Anonymous"/>): nobody is behind it to
/// finish an interview. Nobody can join as it (no channel id or e-mail to match), nobody can type answers for it (only
/// élus covering a commune are offered), and it gets no reminder (no commune, no interview).
/// </para>
/// </summary>
public sealed class ParticipantDataService(
    IDbContextFactory<AutoDiagDbContext> dbFactory,
    AccessPolicy access,
    TimeProvider clock,
    ILogger<ParticipantDataService> logger)
{
    /// <summary>The name of the participant that keeps the answers of erased participants.</summary>
    public const string AnonymousDisplayName = "élu anonyme";

    /// <summary>Prefix of the channel activity ids that replace those of an erased participant's conversations.</summary>
    public const string ErasedSourcePrefix = "erased:";

    /// <summary>Everything stored about the participant.</summary>
    /// <exception cref="AccessDeniedException">Not an administrator of the participant's intercommunalité, or no such participant.</exception>
    public async Task<ParticipantDataExport> ExportAsync(ParticipantProfile administrator, int participantId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var participant = await LoadAuthorizedAsync(db, administrator, participantId, tracked: false, ct);
        var intercommunalities = await db.Intercommunalities.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var communes = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);

        var answers = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => a.ParticipantId == participantId)
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var answersForOthers = await db.Answers.AsNoTracking().Include(a => a.Tags)
            .Where(a => a.EnteredByParticipantId == participantId && a.ParticipantId != participantId)
            .OrderBy(a => a.RecordedAt).ThenBy(a => a.Id).ToListAsync(ct);
        var risks = await db.RiskAssessments.AsNoTracking()
            .Where(r => r.ParticipantId == participantId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var risksForOthers = await db.RiskAssessments.AsNoTracking()
            .Where(r => r.EnteredByParticipantId == participantId && r.ParticipantId != participantId)
            .OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var completions = await db.SectionCompletions.AsNoTracking()
            .Where(s => s.ParticipantId == participantId)
            .OrderBy(s => s.CompletedAt).ThenBy(s => s.Id).ToListAsync(ct);
        var revisions = await db.CommuneProfileRevisions.AsNoTracking()
            .Where(r => r.ChangedByParticipantId == participantId)
            .OrderBy(r => r.ChangedAt).ThenBy(r => r.Id).ToListAsync(ct);
        var invitationsCreated = await db.Invitations.AsNoTracking().Include(i => i.Communes)
            .Where(i => i.CreatedByParticipantId == participantId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var invitationsRedeemed = await db.Invitations.AsNoTracking().Include(i => i.Communes)
            .Where(i => i.RedeemedByParticipantId == participantId)
            .OrderBy(i => i.RedeemedAt).ThenBy(i => i.Id).ToListAsync(ct);
        var testimonies = await db.Testimonies.AsNoTracking().Include(t => t.Tags)
            .Where(t => t.RecordedByParticipantId == participantId)
            .OrderBy(t => t.RecordedAt).ThenBy(t => t.Id).ToListAsync(ct);
        var notes = await db.ConsultantNotes.AsNoTracking()
            .Where(n => n.AuthorParticipantId == participantId)
            .OrderBy(n => n.WrittenAt).ThenBy(n => n.Id).ToListAsync(ct);
        var marks = await db.ThemeReviewMarks.AsNoTracking()
            .Where(m => m.ReviewedByParticipantId == participantId)
            .OrderBy(m => m.ReviewedAt).ThenBy(m => m.Id).ToListAsync(ct);
        var calendars = await db.DemarcheCalendars.AsNoTracking()
            .Where(c => c.UpdatedByParticipantId == participantId)
            .OrderBy(c => c.IntercommunalityId).ToListAsync(ct);
        var reminderContact = await db.ReminderContacts.AsNoTracking().SingleOrDefaultAsync(c => c.ParticipantId == participantId, ct);
        var conversations = await ConversationsOfAsync(db, participantId, ct);
        var stateKeys = await BotStateKeysAsync(db, participant.ChannelUserId, conversations, ct);
        var states = await db.BotStates.AsNoTracking().Where(s => stateKeys.Contains(s.Key)).OrderBy(s => s.Key).ToListAsync(ct);

        var typistIds = answers.Select(a => a.EnteredByParticipantId).Concat(risks.Select(r => r.EnteredByParticipantId))
            .OfType<int>().Distinct().ToList();
        var typistRoles = await db.Participants.AsNoTracking()
            .Where(p => typistIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => ExportLabels.Role(p.Role), ct);
        string? TypedBy(int? typist) => typist is { } id && id != participantId && typistRoles.TryGetValue(id, out var role) ? role : null;
        string Commune(int id) => communes.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string Intercommunality(int id) => intercommunalities.GetValueOrDefault(id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        ExportedAnswer ToAnswer(Answer a, bool own) => new(
            a.Id, Commune(a.CommuneId), ExportLabels.Kind(a.Kind, a.ReportsNoDifficulty), a.Text, a.Effective(), Utc(a.RecordedAt),
            own ? TypedBy(a.EnteredByParticipantId) : null, own ? a.OriginalText : null);
        ExportedRiskAssessment ToRisk(RiskAssessment r, bool own) => new(
            Commune(r.CommuneId), r.ThemeId, ExportLabels.Risk(r.Level), r.Comment, Utc(r.RecordedAt), own ? TypedBy(r.EnteredByParticipantId) : null,
            own ? r.OriginalComment : null);
        ExportedInvitation ToInvitation(Invitation i) => new(
            i.Code, ExportLabels.Role(i.Role), Intercommunality(i.IntercommunalityId),
            i.Communes.OrderBy(c => c.Position).Select(c => Commune(c.CommuneId)).ToList(),
            Utc(i.CreatedAt), Utc(i.ExpiresAt), i.RedeemedAt is { } redeemed ? Utc(redeemed) : null);

        logger.LogInformation("Data of participant {ParticipantId} exported by participant {AdministratorId}", participantId, administrator.Id);
        return new ParticipantDataExport(
            clock.GetUtcNow().UtcDateTime,
            new ExportedParticipant(
                participant.Id,
                participant.DisplayName,
                participant.Email,
                participant.ChannelUserId,
                ExportLabels.Role(participant.Role),
                Intercommunality(participant.IntercommunalityId),
                participant.Communes.OrderBy(c => c.Position).Select(c => Commune(c.CommuneId)).ToList(),
                participant.OtherIntercommunalities.Select(i => Intercommunality(i.IntercommunalityId)).ToList(),
                Utc(participant.CreatedAt)),
            answers.Select(a => ToAnswer(a, own: true)).ToList(),
            answersForOthers.Select(a => ToAnswer(a, own: false)).ToList(),
            risks.Select(r => ToRisk(r, own: true)).ToList(),
            risksForOthers.Select(r => ToRisk(r, own: false)).ToList(),
            completions.Select(s => new ExportedSectionCompletion(
                Commune(s.CommuneId), s.Section == InterviewSection.Difficulties ? "difficultés" : "ressources", Utc(s.CompletedAt))).ToList(),
            revisions.Select(r => new ExportedCommuneProfileRevision(
                Commune(r.CommuneId), Utc(r.ChangedAt), r.Population, r.PopulationYear, r.Households, r.ServiceIds(), r.Associations,
                r.AssociationThemeIds(), r.Contact)).ToList(),
            invitationsCreated.Select(ToInvitation).ToList(),
            invitationsRedeemed.Select(ToInvitation).ToList(),
            testimonies.Select(t => new ExportedTestimony(
                Intercommunality(t.IntercommunalityId), t.Structure, t.Perceptions, t.Enjeux, t.Preconisations, t.Effective(), Utc(t.RecordedAt))).ToList(),
            notes.Select(n => new ExportedConsultantNote(Intercommunality(n.IntercommunalityId), n.ThemeId, n.Text, Utc(n.WrittenAt))).ToList(),
            marks.Select(m => new ExportedReviewMark(Commune(m.CommuneId), m.ThemeId, Utc(m.ReviewedAt))).ToList(),
            calendars.Select(c => new ExportedCalendar(
                Intercommunality(c.IntercommunalityId), c.PresentationAuxElus, c.AteliersRessourcesDifficultes, c.SoireeTemoignages, c.Restitution,
                c.History, Utc(c.UpdatedAt))).ToList(),
            states.Select(s => new ExportedBotState(s.Key, Utc(s.UpdatedAt), s.Document)).ToList(),
            reminderContact is null ? null : new ExportedReminderContact(
                reminderContact.ConversationReference, Utc(reminderContact.LastMessageAt), reminderContact.RemindersSent,
                reminderContact.LastReminderAt is { } reminded ? Utc(reminded) : null,
                reminderContact.LastFailedSendAt is { } failed ? Utc(failed) : null,
                reminderContact.RemindersStopped));
    }

    /// <summary>Erases the participant's data, in one transaction.</summary>
    /// <exception cref="AccessDeniedException">Not an administrator of the participant's intercommunalité, no such participant,
    /// or the administrator themselves.</exception>
    /// <exception cref="InvalidOperationException">The participant is an « élu anonyme » (it holds no personal data).</exception>
    public Task<ErasureReport> EraseAsync(ParticipantProfile administrator, int participantId, ErasureMode mode, CancellationToken ct = default) =>
        RunErasureAsync(administrator, participantId, mode, commit: true, ct);

    /// <summary>What <see cref="EraseAsync"/> would do, counted by running it in a transaction that is rolled back.</summary>
    /// <exception cref="AccessDeniedException">As for <see cref="EraseAsync"/>.</exception>
    /// <exception cref="InvalidOperationException">As for <see cref="EraseAsync"/>.</exception>
    public Task<ErasureReport> PreviewErasureAsync(ParticipantProfile administrator, int participantId, ErasureMode mode, CancellationToken ct = default) =>
        RunErasureAsync(administrator, participantId, mode, commit: false, ct);

    /// <summary>
    /// The « élu anonyme », for queries: it holds answers but is nobody who answers, so every count of respondents or élus
    /// leaves it out through this one test (<see cref="Review.ThemeMatrixService"/>, the exports, the fiche synthèse).
    /// </summary>
    public static readonly Expression<Func<Participant, bool>> Anonymous = p =>
        p.Role == ParticipantRole.Elu && p.DisplayName == AnonymousDisplayName && p.ChannelUserId == null && p.Email == null && !p.Communes.Any();

    private static readonly Func<Participant, bool> IsAnonymousCompiled = Anonymous.Compile();

    /// <summary>Whether a participant is an « élu anonyme » (its communes loaded).</summary>
    public static bool IsAnonymous(Participant participant) => IsAnonymousCompiled(participant);

    private async Task<ErasureReport> RunErasureAsync(
        ParticipantProfile administrator, int participantId, ErasureMode mode, bool commit, CancellationToken ct)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var participant = await LoadAuthorizedAsync(db, administrator, participantId, tracked: true, ct);
        if (participant.Id == administrator.Id)
        {
            logger.LogWarning("Refused erasing participant {ParticipantId}: an administrator does not erase themselves", participantId);
            throw new AccessDeniedException(ProtectedAction.ManageParticipants);
        }
        if (IsAnonymous(participant))
        {
            throw new InvalidOperationException($"Participant {participantId} is an « {AnonymousDisplayName} »: it holds no personal data to erase.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var communeIntercommunality = await db.Communes.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.IntercommunalityId, ct);
        var anonymous = new Dictionary<int, Participant>();
        var anonymousCreated = false;
        async Task<int> AnonymousIn(int intercommunalityId)
        {
            if (!anonymous.TryGetValue(intercommunalityId, out var holder))
            {
                holder = await db.Participants.Include(p => p.Communes)
                    .Where(p => p.IntercommunalityId == intercommunalityId).Where(Anonymous).OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
                if (holder is null)
                {
                    holder = new Participant
                    {
                        DisplayName = AnonymousDisplayName,
                        Role = ParticipantRole.Elu,
                        IntercommunalityId = intercommunalityId,
                        CreatedAt = now,
                    };
                    db.Participants.Add(holder);
                    await db.SaveChangesAsync(ct);
                    anonymousCreated |= intercommunalityId == participant.IntercommunalityId;
                }
                anonymous[intercommunalityId] = holder;
            }
            return holder.Id;
        }
        Task<int> AnonymousForCommune(int communeId) => AnonymousIn(communeIntercommunality[communeId]);

        // Before any channel activity id is replaced: they tell which conversations were this participant's.
        var conversations = await ConversationsOfAsync(db, participantId, ct);
        var stateKeys = await BotStateKeysAsync(db, participant.ChannelUserId, conversations, ct);

        int answersReassigned = 0, answersDeleted = 0, risksReassigned = 0, risksMerged = 0, risksDeleted = 0;
        int completionsReassigned = 0, completionsMerged = 0, completionsDeleted = 0, originalsErased = 0;

        // What they said: the commune's état des lieux.
        if (mode == ErasureMode.Delete)
        {
            var answers = await db.Answers.Include(a => a.Tags).Where(a => a.ParticipantId == participantId).ToListAsync(ct);
            db.Answers.RemoveRange(answers);
            answersDeleted = answers.Count;
            var risks = await db.RiskAssessments.Where(r => r.ParticipantId == participantId).ToListAsync(ct);
            db.RiskAssessments.RemoveRange(risks);
            risksDeleted = risks.Count;
            var completions = await db.SectionCompletions.Where(s => s.ParticipantId == participantId).ToListAsync(ct);
            db.SectionCompletions.RemoveRange(completions);
            completionsDeleted = completions.Count;
        }
        else
        {
            foreach (var answer in await db.Answers.Where(a => a.ParticipantId == participantId).ToListAsync(ct))
            {
                answer.ParticipantId = await AnonymousForCommune(answer.CommuneId);
                if (answer.EnteredByParticipantId == participantId)
                {
                    answer.EnteredByParticipantId = null;
                }
                answer.SourceActivityId = ErasedSource("answer", answer.Id);
                originalsErased += answer.OriginalText is null ? 0 : 1;
                answer.OriginalText = null;
                answersReassigned++;
            }

            foreach (var risk in await db.RiskAssessments.Where(r => r.ParticipantId == participantId).ToListAsync(ct))
            {
                var holderId = await AnonymousForCommune(risk.CommuneId);
                var held = await db.RiskAssessments.SingleOrDefaultAsync(
                    r => r.ParticipantId == holderId && r.CommuneId == risk.CommuneId && r.ThemeId == risk.ThemeId, ct);
                if (held is null)
                {
                    risk.ParticipantId = holderId;
                    risk.EnteredByParticipantId = risk.EnteredByParticipantId == participantId ? null : risk.EnteredByParticipantId;
                    risk.SourceActivityId = ErasedSource("risk", risk.Id);
                    originalsErased += risk.OriginalComment is null ? 0 : 1;
                    risk.OriginalComment = null;
                    risksReassigned++;
                    continue;
                }

                // The « élu anonyme » gives one level per commune and theme: the higher one, so the matrix keeps its colour.
                if (risk.Level > held.Level)
                {
                    held.Level = risk.Level;
                    held.Comment = risk.Comment;
                    held.OriginalComment = null;
                    held.RecordedAt = risk.RecordedAt;
                    held.EnteredByParticipantId = risk.EnteredByParticipantId == participantId ? null : risk.EnteredByParticipantId;
                    held.SourceActivityId = ErasedSource("risk", held.Id);
                }
                db.RiskAssessments.Remove(risk);
                risksMerged++;
            }

            foreach (var completion in await db.SectionCompletions.Where(s => s.ParticipantId == participantId).ToListAsync(ct))
            {
                var holderId = await AnonymousForCommune(completion.CommuneId);
                if (await db.SectionCompletions.AnyAsync(
                        s => s.ParticipantId == holderId && s.CommuneId == completion.CommuneId && s.Section == completion.Section, ct))
                {
                    db.SectionCompletions.Remove(completion);
                    completionsMerged++;
                }
                else
                {
                    completion.ParticipantId = holderId;
                    completionsReassigned++;
                }
            }
        }
        await db.SaveChangesAsync(ct);

        // What they typed for élus stays the élus'.
        var typedForOthers = 0;
        foreach (var answer in await db.Answers.Where(a => a.EnteredByParticipantId == participantId).ToListAsync(ct))
        {
            var holderId = await AnonymousForCommune(answer.CommuneId);
            answer.EnteredByParticipantId = answer.ParticipantId == holderId ? null : holderId;
            answer.SourceActivityId = ErasedSource("answer", answer.Id);
            typedForOthers++;
        }
        foreach (var risk in await db.RiskAssessments.Where(r => r.EnteredByParticipantId == participantId).ToListAsync(ct))
        {
            var holderId = await AnonymousForCommune(risk.CommuneId);
            risk.EnteredByParticipantId = risk.ParticipantId == holderId ? null : holderId;
            risk.SourceActivityId = ErasedSource("risk", risk.Id);
            typedForOthers++;
        }

        // The intercommunalité's work they took part in keeps an author.
        var revisions = await db.CommuneProfileRevisions.Where(r => r.ChangedByParticipantId == participantId).ToListAsync(ct);
        foreach (var revision in revisions)
        {
            revision.ChangedByParticipantId = await AnonymousForCommune(revision.CommuneId);
        }
        var redeemed = await db.Invitations.Include(i => i.Communes).Where(i => i.RedeemedByParticipantId == participantId).ToListAsync(ct);
        db.Invitations.RemoveRange(redeemed);
        var created = await db.Invitations.Where(i => i.CreatedByParticipantId == participantId && i.RedeemedByParticipantId != participantId).ToListAsync(ct);
        foreach (var invitation in created)
        {
            invitation.CreatedByParticipantId = await AnonymousIn(invitation.IntercommunalityId);
        }
        var testimonies = await db.Testimonies.Where(t => t.RecordedByParticipantId == participantId).ToListAsync(ct);
        foreach (var testimony in testimonies)
        {
            testimony.RecordedByParticipantId = await AnonymousIn(testimony.IntercommunalityId);
        }
        var notes = await db.ConsultantNotes.Where(n => n.AuthorParticipantId == participantId).ToListAsync(ct);
        foreach (var note in notes)
        {
            note.AuthorParticipantId = await AnonymousIn(note.IntercommunalityId);
        }
        var marks = await db.ThemeReviewMarks.Where(m => m.ReviewedByParticipantId == participantId).ToListAsync(ct);
        foreach (var mark in marks)
        {
            mark.ReviewedByParticipantId = await AnonymousForCommune(mark.CommuneId);
        }
        var calendars = await db.DemarcheCalendars.Where(c => c.UpdatedByParticipantId == participantId).ToListAsync(ct);
        foreach (var calendar in calendars)
        {
            calendar.UpdatedByParticipantId = await AnonymousIn(calendar.IntercommunalityId);
        }
        await db.SaveChangesAsync(ct);

        // Their conversations with the bot, then themselves.
        var botStatesDeleted = stateKeys.Count == 0 ? 0 : await db.BotStates.Where(s => stateKeys.Contains(s.Key)).ExecuteDeleteAsync(ct);
        // The database would cascade it with the participant's row; deleted here so that the report and the log count it.
        var reminderContactsDeleted = await db.ReminderContacts.Where(c => c.ParticipantId == participantId).ExecuteDeleteAsync(ct);
        db.Participants.Remove(participant);
        await db.SaveChangesAsync(ct);

        var ownHolder = anonymous.GetValueOrDefault(participant.IntercommunalityId);
        var report = new ErasureReport
        {
            ParticipantId = participantId,
            IntercommunalityId = participant.IntercommunalityId,
            Mode = mode,
            Committed = commit,
            AnonymousParticipantId = commit || !anonymousCreated ? ownHolder?.Id : null,
            AnonymousParticipantCreated = anonymousCreated,
            AnswersReassigned = answersReassigned,
            AnswersDeleted = answersDeleted,
            RiskAssessmentsReassigned = risksReassigned,
            RiskAssessmentsMerged = risksMerged,
            RiskAssessmentsDeleted = risksDeleted,
            SectionCompletionsReassigned = completionsReassigned,
            SectionCompletionsMerged = completionsMerged,
            SectionCompletionsDeleted = completionsDeleted,
            EntriesTypedForOthersReassigned = typedForOthers,
            CommuneProfileRevisionsReassigned = revisions.Count,
            InvitationsCreatedReassigned = created.Count,
            InvitationsRedeemedDeleted = redeemed.Count,
            TestimoniesReassigned = testimonies.Count,
            ConsultantNotesReassigned = notes.Count,
            ReviewMarksReassigned = marks.Count,
            CalendarsReassigned = calendars.Count,
            BotStatesDeleted = botStatesDeleted,
            ReminderContactsDeleted = reminderContactsDeleted,
            OriginalTextsErased = originalsErased,
        };

        if (!commit)
        {
            await transaction.RollbackAsync(ct);
            return report;
        }

        await transaction.CommitAsync(ct);
        logger.LogInformation(
            "Participant {ParticipantId} of intercommunality {IntercommunalityId} erased by participant {AdministratorId} ({Mode}): "
            + "answers {AnswersReassigned} reassigned to participant {AnonymousParticipantId} and {AnswersDeleted} deleted, "
            + "risks {RisksReassigned} reassigned, {RisksMerged} merged and {RisksDeleted} deleted, "
            + "completions {CompletionsReassigned} reassigned, {CompletionsMerged} merged and {CompletionsDeleted} deleted, "
            + "{TypedForOthers} entries typed for others, {Revisions} fiche revisions, {InvitationsCreated} invitations created reassigned, "
            + "{InvitationsRedeemed} invitations redeemed deleted, {Testimonies} testimonies, {Notes} notes, {Marks} review marks, "
            + "{Calendars} calendars reassigned, {BotStates} bot states and {ReminderContacts} reminder contacts deleted, "
            + "{OriginalTexts} original texts erased",
            participantId, report.IntercommunalityId, administrator.Id, mode,
            report.AnswersReassigned, report.AnonymousParticipantId, report.AnswersDeleted,
            report.RiskAssessmentsReassigned, report.RiskAssessmentsMerged, report.RiskAssessmentsDeleted,
            report.SectionCompletionsReassigned, report.SectionCompletionsMerged, report.SectionCompletionsDeleted,
            report.EntriesTypedForOthersReassigned, report.CommuneProfileRevisionsReassigned, report.InvitationsCreatedReassigned,
            report.InvitationsRedeemedDeleted, report.TestimoniesReassigned, report.ConsultantNotesReassigned, report.ReviewMarksReassigned,
            report.CalendarsReassigned, report.BotStatesDeleted, report.ReminderContactsDeleted,
            report.OriginalTextsErased);
        return report;
    }

    private async Task<Participant> LoadAuthorizedAsync(
        AutoDiagDbContext db, ParticipantProfile administrator, int participantId, bool tracked, CancellationToken ct)
    {
        var query = db.Participants
            .Include(p => p.Communes)
            .Include(p => p.OtherIntercommunalities)
            .Where(p => p.Id == participantId);
        var participant = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (participant is null)
        {
            // The same refusal as for another intercommunalité's participant: an id tells nothing.
            logger.LogWarning(
                "Refused {Action} on unknown participant {ParticipantId} to participant {AdministratorId} ({Role})",
                ProtectedAction.ManageParticipants, participantId, administrator.Id, administrator.Role);
            throw new AccessDeniedException(ProtectedAction.ManageParticipants);
        }

        access.Demand(administrator, ProtectedAction.ManageParticipants, participant.IntercommunalityId, communeId: 0);
        return participant;
    }

    /// <summary>
    /// The conversations this participant typed answers or risk levels in (answers are collected in the personal chat
    /// only): the conversation part of the stored channel activity ids (« conversation|activity »); and the personal chat
    /// of their reminder contact, which a consultant or an administrator who never answered has too.
    /// </summary>
    private static async Task<IReadOnlyList<string>> ConversationsOfAsync(AutoDiagDbContext db, int participantId, CancellationToken ct)
    {
        var sources = await db.Answers
            .Where(a => (a.ParticipantId == participantId && a.EnteredByParticipantId == null) || a.EnteredByParticipantId == participantId)
            .Select(a => a.SourceActivityId)
            .Distinct()
            .ToListAsync(ct);
        sources.AddRange(await db.RiskAssessments
            .Where(r => (r.ParticipantId == participantId && r.EnteredByParticipantId == null) || r.EnteredByParticipantId == participantId)
            .Select(r => r.SourceActivityId)
            .Distinct()
            .ToListAsync(ct));
        var reference = await db.ReminderContacts.Where(c => c.ParticipantId == participantId)
            .Select(c => c.ConversationReference).SingleOrDefaultAsync(ct);
        return sources
            .Where(s => !s.StartsWith(ErasedSourcePrefix, StringComparison.Ordinal))
            .Select(s => s.IndexOf('|') is var bar and > 0 ? s[..bar] : null)
            .Append(ConversationIdOf(reference))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The conversation id of a stored conversation reference (the channel's JSON: « conversation »: { « id » }); null when unreadable.</summary>
    private static string? ConversationIdOf(string? conversationReference)
    {
        if (string.IsNullOrEmpty(conversationReference))
        {
            return null;
        }
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(conversationReference);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("conversation", out var conversation)
                && conversation.ValueKind == System.Text.Json.JsonValueKind.Object
                && conversation.TryGetProperty("id", out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
                && id.GetString() is { Length: > 0 } value
                ? value
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The bot's state documents of these conversations (« channel/conversations/ID… ») and of this channel user
    /// (« channel/users/ID »): keys with a segment equal to one of them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> BotStateKeysAsync(
        AutoDiagDbContext db, string? channelUserId, IReadOnlyList<string> conversations, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in conversations.Append(channelUserId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var candidates = await db.BotStates.Where(s => s.Key.Contains(id)).Select(s => s.Key).ToListAsync(ct);
            keys.UnionWith(candidates.Where(key => key.Split('/').Contains(id, StringComparer.Ordinal)));
        }
        return keys.ToList();
    }

    private static string ErasedSource(string kind, long id) =>
        $"{ErasedSourcePrefix}{kind}:{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
