namespace AutoDiag.Knowledge.Participants;

/// <summary>
/// What an erasure did (<see cref="ParticipantDataService.EraseAsync"/>), or would do (<see cref="ParticipantDataService.PreviewErasureAsync"/>):
/// ids and counts only, never a name. « Reassigned » rows now belong to the « élu anonyme » of their intercommunalité;
/// « merged » rows were dropped because the « élu anonyme » already had one for the same commune and theme (risk: the
/// higher level is kept) or section.
/// </summary>
public sealed record ErasureReport
{
    public required int ParticipantId { get; init; }
    public required int IntercommunalityId { get; init; }
    public required ErasureMode Mode { get; init; }
    /// <summary>False for a preview: nothing was changed.</summary>
    public required bool Committed { get; init; }

    /// <summary>
    /// The « élu anonyme » of the participant's intercommunalité that now holds what was reassigned; null when nothing
    /// needed it, or in a preview where it would be created (<see cref="AnonymousParticipantCreated"/>).
    /// </summary>
    public int? AnonymousParticipantId { get; init; }
    /// <summary>An « élu anonyme » was (or would be) created for this erasure.</summary>
    public bool AnonymousParticipantCreated { get; init; }

    public int AnswersReassigned { get; init; }
    public int AnswersDeleted { get; init; }
    public int RiskAssessmentsReassigned { get; init; }
    public int RiskAssessmentsMerged { get; init; }
    public int RiskAssessmentsDeleted { get; init; }
    public int SectionCompletionsReassigned { get; init; }
    public int SectionCompletionsMerged { get; init; }
    public int SectionCompletionsDeleted { get; init; }
    /// <summary>Answers and risk levels the participant typed for an élu: they stay the élu's, typed by « élu anonyme ».</summary>
    public int EntriesTypedForOthersReassigned { get; init; }
    public int CommuneProfileRevisionsReassigned { get; init; }
    /// <summary>Codes the participant created: they stay valid (someone else may hold them), created by « élu anonyme ».</summary>
    public int InvitationsCreatedReassigned { get; init; }
    /// <summary>Codes the participant used to join: deleted (a used code serves nothing else).</summary>
    public int InvitationsRedeemedDeleted { get; init; }
    public int TestimoniesReassigned { get; init; }
    public int ConsultantNotesReassigned { get; init; }
    public int ReviewMarksReassigned { get; init; }
    public int CalendarsReassigned { get; init; }
    public int BotStatesDeleted { get; init; }
    /// <summary>Their row of the reminders (conversation reference, counts, « stop rappels »): 0 or 1.</summary>
    public int ReminderContactsDeleted { get; init; }
    /// <summary>
    /// Originals of masked texts (answers, risk comments) erased from what was reassigned to the « élu anonyme »; those of
    /// deleted rows go with them.
    /// </summary>
    public int OriginalTextsErased { get; init; }
}
