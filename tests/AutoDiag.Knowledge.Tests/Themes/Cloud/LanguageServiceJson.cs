using System.Globalization;
using System.Text.Json;

namespace AutoDiag.Knowledge.Tests.Themes.Cloud;

/// <summary>
/// Answers of Azure AI Language in the documented shapes (analyze-text jobs, api-version 2023-04-01): the job state
/// of <c>GET …/analyze-text/jobs/{jobId}</c> and the <c>{ "error": { "code", "message" } }</c> body of errors.
/// </summary>
public static class LanguageServiceJson
{
    public static string Running() => Job("running", errors: "[]", items: "[]", completed: 0);

    public static string Succeeded(params (string Category, double Confidence)[] classes)
    {
        var predictions = string.Join(",", classes.Select(prediction =>
            $$$"""{"category":{{{JsonSerializer.Serialize(prediction.Category)}}},"confidenceScore":{{{prediction.Confidence.ToString(CultureInfo.InvariantCulture)}}}}"""));
        return SucceededWith($$$"""{"documents":[{"id":"1","class":[{{{predictions}}}],"warnings":[]}],"errors":[]{{{Names}}}}""");
    }

    /// <summary>A job that succeeded, but could not read the document.</summary>
    public static string SucceededWithDocumentError() =>
        SucceededWith("""
            {"documents":[],"errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Invalid document in request.",
            "innererror":{"code":"InvalidDocument","message":"Document text is empty."}}}],
            "projectName":"autodiag-themes","deploymentName":"production"}
            """);

    public static string Failed() =>
        Job(
            "failed",
            errors: """[{"code":"InvalidArgument","message":"Deployment not found in the project."}]""",
            items: $$"""[{"kind":"CustomMultiLabelClassificationLROResults","taskName":"themes","lastUpdateDateTime":"{{Now}}","status":"failed"}]""",
            completed: 0);

    public static string Error(string code, string message) =>
        $$$"""{"error":{"code":{{{JsonSerializer.Serialize(code)}}},"message":{{{JsonSerializer.Serialize(message)}}}}}""";

    private const string Now = "2025-03-04T10:00:01Z";

    private const string Names = ""","projectName":"autodiag-themes","deploymentName":"production" """;

    private static string SucceededWith(string results) =>
        Job(
            "succeeded",
            errors: "[]",
            items: $$"""[{"kind":"CustomMultiLabelClassificationLROResults","taskName":"themes","lastUpdateDateTime":"{{Now}}","status":"succeeded","results":{{results}}}]""",
            completed: 1);

    private static string Job(string status, string errors, string items, int completed) =>
        $$"""
        {
          "jobId": "3e9e8518-492f-47f9-abd1-9a7468231086",
          "lastUpdatedDateTime": "{{Now}}",
          "createdDateTime": "2025-03-04T10:00:00Z",
          "expirationDateTime": "2025-03-05T10:00:00Z",
          "status": "{{status}}",
          "errors": {{errors}},
          "displayName": "AutoDiag themes",
          "tasks": {
            "completed": {{completed}},
            "failed": {{(status == "failed" ? 1 : 0)}},
            "inProgress": {{(status is "running" or "notStarted" ? 1 : 0)}},
            "total": 1,
            "items": {{items}}
          }
        }
        """;
}
