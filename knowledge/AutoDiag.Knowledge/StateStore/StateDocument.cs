namespace AutoDiag.Knowledge.StateStore;

public sealed record StateDocument(string Json, string ETag);
