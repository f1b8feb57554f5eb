using System.Text.Json.Serialization;

namespace AutoDiag.Knowledge.Participants;

/// <summary>Compile-time JSON writer of <see cref="ParticipantDataExport"/> (options are set where it is used).</summary>
[JsonSerializable(typeof(ParticipantDataExport))]
internal sealed partial class ParticipantDataJsonContext : JsonSerializerContext;
