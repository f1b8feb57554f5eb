using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Interview.Dialogs;

/// <summary>Whose answers these are, and who types them: the same person, or a secrétaire relaying an élu.</summary>
internal sealed record Respondent(ParticipantProfile SaidBy, ParticipantProfile TypedBy)
{
    public bool IsRelayed => SaidBy.Id != TypedBy.Id;
}
