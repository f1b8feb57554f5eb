using System.Text.Json.Serialization;

namespace AutoDiag.Knowledge.Themes;

/// <summary>One line of a labelled JSON Lines file, as stored; other properties (a source, a note) are ignored.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record LabelledLine(string Text, List<string> Themes);
