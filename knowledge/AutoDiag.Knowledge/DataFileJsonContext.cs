using System.Text.Json;
using System.Text.Json.Serialization;
using AutoDiag.Knowledge.Pistes;
using AutoDiag.Knowledge.Themes;
using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge;

/// <summary>
/// Compile-time JSON readers for the data files shipped in Data/ (themes, abbreviations, labelled lines, fiches):
/// reflection-based reading costs a few hundred milliseconds at start-up, a large part of the categoriser's load
/// time budget. A misspelt or missing property (« lable ») fails loudly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<Theme>))]
[JsonSerializable(typeof(List<Abbreviation>))]
[JsonSerializable(typeof(LabelledLine))]
[JsonSerializable(typeof(List<Fiche>))]
internal sealed partial class DataFileJsonContext : JsonSerializerContext;
