namespace AutoDiag.Knowledge.Territories;

/// <summary>A commune as the conversation needs it: its id and its name.</summary>
public sealed record CommuneRef(int Id, string Name);
