using AutoDiag.Knowledge.Interview;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Knowledge.Reminders;

/// <summary>Someone to remind, where their interview stands (for the text), and the row the reminder is claimed on.</summary>
public sealed record ReminderTarget(ParticipantProfile Participant, InterviewPosition Position, ReminderContactState State, string ConversationReference);
