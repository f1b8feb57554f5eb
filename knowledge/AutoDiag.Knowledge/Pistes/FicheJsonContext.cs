using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoDiag.Knowledge.Pistes;

/// <summary>Compile-time JSON reader for Data/Fiches/fiches.json; a misspelt or missing property fails loudly.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<Fiche>))]
internal sealed partial class FicheJsonContext : JsonSerializerContext;
