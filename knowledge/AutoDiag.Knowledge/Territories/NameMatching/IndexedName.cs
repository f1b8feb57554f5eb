namespace AutoDiag.Knowledge.Territories;

/// <summary>An entry with its comparison keys, computed once.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Keys">See <see cref="PlaceNameNormalizer.Keys"/>.</param>
internal sealed record IndexedName(NamedEntry Entry, IReadOnlyList<string> Keys);
