using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AutoDiag.Deployment.Tests.Support;

/// <summary>An ARM template (JSON), read as it is deployed.</summary>
public sealed partial class ArmTemplate
{
    private ArmTemplate(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public static ArmTemplate Load(string path) =>
        new(JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object."));

    public static ArmTemplate Main { get; } = Load(RepositoryPaths.InDeploymentTemplates("azuredeploy.json"));

    public JsonObject Parameters => Root["parameters"]?.AsObject() ?? [];

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    /// <summary>The resources, whether the template lists them (language version 1) or names them (2.0).</summary>
    public IReadOnlyList<JsonObject> Resources => Root["resources"] switch
    {
        JsonArray array => [.. array.Select(r => r!.AsObject())],
        JsonObject named => [.. named.Select(r => r.Value!.AsObject())],
        _ => [],
    };

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject SingleResource(string type)
    {
        var matches = ResourcesOfType(type).ToList();
        Assert.True(matches.Count == 1, $"Expected one resource of type {type} in the template, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The child resource whose name expression ends with the given literal segment (« appsettings »).</summary>
    public JsonObject? ChildResource(string type, string lastSegment) =>
        ResourcesOfType(type).SingleOrDefault(r => ((string?)r["name"] ?? string.Empty)
            .EndsWith($"'{lastSegment}')]", StringComparison.OrdinalIgnoreCase)
            || ((string?)r["name"] ?? string.Empty).EndsWith($"/{lastSegment}", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every string of the given part of the template, object keys included, with its JSON path.</summary>
    public static IEnumerable<(string Path, string Text)> Strings(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    yield return ($"{path}.{key} (key)", key);
                    foreach (var s in Strings(value, $"{path}.{key}"))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var s in Strings(array[i], $"{path}[{i}]"))
                    {
                        yield return s;
                    }
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                yield return (path, text);
                break;
        }
    }

    /// <summary>Names passed to <c>parameters('…')</c> anywhere in <paramref name="node"/>.</summary>
    public static IEnumerable<(string Path, string Name)> ParameterReferences(JsonNode? node) =>
        Strings(node).SelectMany(s => ParameterCall().Matches(s.Text).Select(m => (s.Path, m.Groups[1].Value)));

    /// <summary>Names passed to <c>variables('…')</c> anywhere in <paramref name="node"/>.</summary>
    public static IEnumerable<(string Path, string Name)> VariableReferences(JsonNode? node) =>
        Strings(node).SelectMany(s => VariableCall().Matches(s.Text).Select(m => (s.Path, m.Groups[1].Value)));

    [GeneratedRegex(@"\bparameters\(\s*'([^']*)'\s*\)")]
    private static partial Regex ParameterCall();

    [GeneratedRegex(@"\bvariables\(\s*'([^']*)'\s*\)")]
    private static partial Regex VariableCall();
}
