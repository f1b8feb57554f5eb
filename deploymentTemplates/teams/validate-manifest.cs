#:package JsonSchema.Net
// (No version above: the repository's Directory.Packages.props gives it, as central package management requires.)
// Checks a filled Teams app manifest against the manifest's JSON schema, offline. Run by package.sh:
//
//     dotnet run validate-manifest.cs -- MANIFEST.json SCHEMA.json
//
// Exit code 0 when the manifest is valid, 1 with one line per problem otherwise, 2 on bad arguments.
// The schema declares draft-04 but uses draft-06/07 keywords (const, if/then): it is read as draft-07
// (schema/README.md says why). tests/AutoDiag.Deployment.Tests checks the same way in CI.
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run validate-manifest.cs -- MANIFEST.json SCHEMA.json");
    return 2;
}

var schemaNode = JsonNode.Parse(File.ReadAllText(args[1]))!.AsObject();
schemaNode["$schema"] = "http://json-schema.org/draft-07/schema#";
var schema = JsonSchema.Build(JsonDocument.Parse(schemaNode.ToJsonString()).RootElement);

var manifestText = File.ReadAllText(args[0]);
var problems = new List<string>();
if (manifestText.Contains("${{", StringComparison.Ordinal))
{
    problems.Add("a placeholder ${{…}} is left in the manifest");
}

using var manifest = JsonDocument.Parse(manifestText);
var results = schema.Evaluate(manifest.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
Collect(results);

foreach (var problem in problems.Distinct())
{
    Console.Error.WriteLine($"{args[0]}: {problem}");
}
return problems.Count == 0 ? 0 : 1;

void Collect(EvaluationResults result)
{
    foreach (var (keyword, message) in result.Errors ?? new Dictionary<string, string>())
    {
        var where = result.InstanceLocation.ToString();
        problems.Add($"{(where.Length == 0 ? "/" : where)}: {(keyword.Length == 0 ? message : $"{keyword}: {message}")}");
    }
    foreach (var detail in result.Details ?? [])
    {
        Collect(detail);
    }
}
