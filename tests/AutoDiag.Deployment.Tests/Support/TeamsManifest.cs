using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace AutoDiag.Deployment.Tests.Support;

/// <summary>deploymentTemplates/teams/manifest.json and the schema it is checked against.</summary>
public static partial class TeamsManifest
{
    public const string FakeBotId = "0b1f6c2e-5d4a-4e8b-9c3d-2a7f1e6b8d90";
    public const string FakeBotDomain = "autodiag-test.azurewebsites.net";

    public static string Path => RepositoryPaths.InTeams("manifest.json");

    public static string SchemaPath => RepositoryPaths.InTeams("schema", "MicrosoftTeams.schema.json");

    /// <summary>The manifest as committed, placeholders included.</summary>
    public static string Text => File.ReadAllText(Path);

    public static JsonObject Committed => JsonNode.Parse(Text)!.AsObject();

    /// <summary>The names of the « ${{NAME}} » placeholders in a text.</summary>
    public static IReadOnlySet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The manifest with its placeholders filled as package.sh fills them, with test values.</summary>
    public static JsonObject Filled()
    {
        var text = Text
            .Replace("${{BOT_ID}}", FakeBotId, StringComparison.Ordinal)
            .Replace("${{TEAMS_APP_ID}}", FakeBotId, StringComparison.Ordinal)
            .Replace("${{BOT_DOMAIN}}", FakeBotDomain, StringComparison.Ordinal)
            .Replace("${{DEVELOPER_NAME}}", "CC Flandre Lys", StringComparison.Ordinal)
            .Replace("${{DEVELOPER_WEBSITE_URL}}", "https://www.example.org/", StringComparison.Ordinal)
            .Replace("${{DEVELOPER_PRIVACY_URL}}", "https://www.example.org/confidentialite", StringComparison.Ordinal)
            .Replace("${{DEVELOPER_TERMS_URL}}", "https://www.example.org/conditions", StringComparison.Ordinal);
        Assert.Empty(Placeholders(text));
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The vendored schema as written (draft-04 declared).</summary>
    public static JsonObject SchemaDocument => JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();

    /// <summary>
    /// The schema, read as draft-07: it declares draft-04 but uses draft-06/07 keywords (const, if/then), and JsonSchema.Net
    /// has no draft-04 (schema/README.md). <see cref="Draft04OnlyKeywords"/> checks that nothing is lost that way.
    /// </summary>
    public static JsonSchema Schema { get; } = BuildSchema();

    /// <summary>The schema's complaints about a manifest: one line per failed keyword, with where in the manifest.</summary>
    public static IReadOnlyList<string> Validate(JsonNode manifest)
    {
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var problems = new List<string>();
        Collect(results, problems);
        Assert.Equal(results.IsValid, problems.Count == 0);
        return problems;
    }

    /// <summary>Places where the schema uses a draft-04 construct that draft-07 reads differently.</summary>
    public static IReadOnlyList<string> Draft04OnlyKeywords()
    {
        var found = new List<string>();
        Walk(SchemaDocument, "#", found);
        return found;

        static void Walk(JsonNode? node, string path, List<string> found)
        {
            switch (node)
            {
                case JsonObject schema:
                    foreach (var (keyword, value) in schema)
                    {
                        if (keyword == "id" && value is JsonValue idValue && idValue.GetValueKind() == JsonValueKind.String)
                        {
                            found.Add($"{path}/id (draft-04 identifier; draft-07 says $id)");
                        }
                        if (keyword is "exclusiveMinimum" or "exclusiveMaximum" && value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
                        {
                            found.Add($"{path}/{keyword} (boolean in draft-04, a number in draft-07)");
                        }
                        if (keyword is "properties" or "definitions" or "patternProperties" or "dependencies" && value is JsonObject map)
                        {
                            // Names of properties, not keywords: walk into their schemas only.
                            foreach (var (name, subschema) in map)
                            {
                                Walk(subschema, $"{path}/{keyword}/{name}", found);
                            }
                        }
                        else if (keyword is not ("enum" or "const" or "default" or "examples" or "required"))
                        {
                            Walk(value, $"{path}/{keyword}", found);
                        }
                    }
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}/{i}", found);
                    }
                    break;
            }
        }
    }

    private static JsonSchema BuildSchema()
    {
        var schema = SchemaDocument;
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        using var document = JsonDocument.Parse(schema.ToJsonString());
        return JsonSchema.Build(document.RootElement.Clone());
    }

    private static void Collect(EvaluationResults result, List<string> problems)
    {
        foreach (var (keyword, message) in result.Errors ?? new Dictionary<string, string>())
        {
            var where = result.InstanceLocation.ToString();
            problems.Add($"{(where.Length == 0 ? "/" : where)}: {(keyword.Length == 0 ? message : $"{keyword}: {message}")}");
        }
        foreach (var detail in result.Details ?? [])
        {
            Collect(detail, problems);
        }
    }

    [GeneratedRegex(@"\$\{\{([A-Z_]+)\}\}")]
    private static partial Regex PlaceholderPattern();
}
