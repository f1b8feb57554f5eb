using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Recognition;

/// <summary>A role as a button title, and the words people type for it.</summary>
public sealed record RoleChoice(ParticipantRole Role, string Title, IReadOnlyList<string> Synonyms);
