using System.Text.Json;
using System.Text.Json.Serialization;
using AutoDiag.Knowledge.Themes.Analysis;

namespace AutoDiag.Knowledge.Themes;

/// <summary>
/// Compile-time JSON readers for the theme data files: reflection-based reading costs a few hundred milliseconds
/// at start-up, a large part of the categoriser's load time budget. A misspelt property (« lable ») fails loudly.
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
internal sealed partial class ThemeDataJsonContext : JsonSerializerContext;
