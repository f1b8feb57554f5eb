using System.Text.Encodings.Web;
using System.Text.Json;

namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// Everything the database holds about one participant — the right of access (RGPD art. 15) — as
/// <see cref="ParticipantDataService.ExportAsync"/> reads it. Nothing in it identifies another person: answers typed by a
/// secrétaire name the typist's role only, answers this participant typed for an élu do not name the élu, an invitation
/// does not say who created or redeemed it besides this participant. Values are in French as the exports write them
/// (« élu », « difficulté », « élevé »); themes are the catalogue's ids; times are UTC.
/// </summary>
/// <param name="Answers">The answers this participant gave (typed by themselves or by someone for them).</param>
/// <param name="AnswersTypedForOthers">The answers this participant typed for an élu (« saisie pour le compte de »).</param>
/// <param name="ConversationState">The bot's stored conversation state found for this participant (by channel user id,
/// by the conversations their answers came from, and by the personal chat of their reminder contact).</param>
/// <param name="ReminderContact">How the bot reaches them for reminders, and where their reminders stand; null when it
/// never recorded their personal chat nor a « stop rappels ».</param>
public sealed record ParticipantDataExport(
    DateTime ExportedAt,
    ExportedParticipant Participant,
    IReadOnlyList<ExportedAnswer> Answers,
    IReadOnlyList<ExportedAnswer> AnswersTypedForOthers,
    IReadOnlyList<ExportedRiskAssessment> RiskAssessments,
    IReadOnlyList<ExportedRiskAssessment> RiskAssessmentsTypedForOthers,
    IReadOnlyList<ExportedSectionCompletion> SectionCompletions,
    IReadOnlyList<ExportedCommuneProfileRevision> CommuneProfileRevisions,
    IReadOnlyList<ExportedInvitation> InvitationsCreated,
    IReadOnlyList<ExportedInvitation> InvitationsRedeemed,
    IReadOnlyList<ExportedTestimony> Testimonies,
    IReadOnlyList<ExportedConsultantNote> ConsultantNotes,
    IReadOnlyList<ExportedReviewMark> ReviewMarks,
    IReadOnlyList<ExportedCalendar> CalendarUpdates,
    IReadOnlyList<ExportedBotState> ConversationState,
    ExportedReminderContact? ReminderContact)
{
    /// <summary>
    /// Accents, apostrophes and guillemets written as such (not \u escapes) so that the person can read the file. It is a
    /// file handed to them, never put into a web page: the HTML-sensitive characters need no escaping.
    /// </summary>
    private static readonly ParticipantDataJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The export as an indented JSON document, UTF-8 without BOM.</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json.ParticipantDataExport);
}

/// <param name="Role">« élu », « secrétaire de mairie », « consultant » or « administrateur ».</param>
/// <param name="Communes">The communes covered, in interview order.</param>
/// <param name="OtherIntercommunalities">For a consultant: the intercommunalités followed besides the first.</param>
public sealed record ExportedParticipant(
    int Id,
    string? DisplayName,
    string? Email,
    string? ChannelUserId,
    string Role,
    string Intercommunality,
    IReadOnlyList<string> Communes,
    IReadOnlyList<string> OtherIntercommunalities,
    DateTime CreatedAt);

/// <param name="Kind">« difficulté », « ressource » or « rien à signaler ».</param>
/// <param name="Themes">The effective themes (a person's correction wins over the categoriser's).</param>
/// <param name="Text">As stored and shown: residents' personal data masked.</param>
/// <param name="TypedBy">The role of whoever typed it for the participant; null when they typed it themselves (or, in
/// <see cref="ParticipantDataExport.AnswersTypedForOthers"/>, always).</param>
/// <param name="OriginalText">The text as typed, when the masking changed it and the intercommunalité keeps originals;
/// null otherwise, and always in <see cref="ParticipantDataExport.AnswersTypedForOthers"/> (it is the élu's).</param>
public sealed record ExportedAnswer(
    long Id,
    string Commune,
    string Kind,
    string Text,
    IReadOnlyList<string> Themes,
    DateTime RecordedAt,
    string? TypedBy,
    string? OriginalText);

/// <param name="Level">« faible », « modéré » or « élevé ».</param>
/// <param name="OriginalComment">The comment as typed, under the same rule as <see cref="ExportedAnswer.OriginalText"/>.</param>
public sealed record ExportedRiskAssessment(
    string Commune,
    string Theme,
    string Level,
    string? Comment,
    DateTime RecordedAt,
    string? TypedBy,
    string? OriginalComment);

/// <param name="Section">« difficultés » or « ressources ».</param>
public sealed record ExportedSectionCompletion(string Commune, string Section, DateTime CompletedAt);

public sealed record ExportedCommuneProfileRevision(
    string Commune,
    DateTime ChangedAt,
    int? Population,
    int? PopulationYear,
    int? Households,
    IReadOnlyList<string> Services,
    string? Associations,
    IReadOnlyList<string> AssociationThemes,
    string? Contact);

/// <param name="Role">The role the code gives.</param>
/// <param name="RedeemedAt">When the code was used, by whomever; null while it is unused.</param>
public sealed record ExportedInvitation(
    string Code,
    string Role,
    string Intercommunality,
    IReadOnlyList<string> Communes,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    DateTime? RedeemedAt);

public sealed record ExportedTestimony(
    string Intercommunality,
    string Structure,
    string? Perceptions,
    string? Enjeux,
    string? Preconisations,
    IReadOnlyList<string> Themes,
    DateTime RecordedAt);

/// <param name="Theme">Null for a note on the démarche as a whole.</param>
public sealed record ExportedConsultantNote(string Intercommunality, string? Theme, string Text, DateTime WrittenAt);

public sealed record ExportedReviewMark(string Commune, string Theme, DateTime ReviewedAt);

/// <summary>A démarche calendar this participant saved last.</summary>
public sealed record ExportedCalendar(
    string Intercommunality,
    DateOnly? PresentationAuxElus,
    DateOnly? AteliersRessourcesDifficultes,
    DateOnly? SoireeTemoignages,
    DateOnly? Restitution,
    string? History,
    DateTime UpdatedAt);

/// <param name="Document">The stored JSON document, as stored.</param>
public sealed record ExportedBotState(string Key, DateTime UpdatedAt, string Document);

/// <summary>The participant's row of the reminders (<see cref="Reminders.ReminderContact"/>).</summary>
/// <param name="ConversationReference">The channel's reference of their personal chat with the bot (JSON, as stored): their
/// Teams ids and name as the channel gave them, the conversation, the service URL; null when only « stop rappels » was recorded.</param>
/// <param name="RemindersSent">Reminders sent since their last message.</param>
/// <param name="RemindersStopped">They said « stop rappels ».</param>
public sealed record ExportedReminderContact(
    string? ConversationReference,
    DateTime LastMessageAt,
    int RemindersSent,
    DateTime? LastReminderAt,
    DateTime? LastFailedSendAt,
    bool RemindersStopped);
