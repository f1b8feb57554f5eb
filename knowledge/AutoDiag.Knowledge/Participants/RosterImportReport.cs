namespace AutoDiag.Knowledge.Participants;

/// <summary>What a roster import did, or why it did nothing (one French line per problem).</summary>
public sealed record RosterImportReport(int ParticipantsAdded, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
