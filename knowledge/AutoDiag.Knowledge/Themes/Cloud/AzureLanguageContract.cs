using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutoDiag.Knowledge.Themes.Cloud;

// The JSON shapes of the Azure AI Language « analyze-text jobs » REST API (api-version 2023-04-01), reduced to what
// the custom multi-label classification needs. Every field read from the service is nullable: a missing field must
// end in an AzureLanguageException, never in a NullReferenceException.

internal static class AzureLanguageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>Body of <c>POST {endpoint}/language/analyze-text/jobs</c>.</summary>
internal sealed record AnalyzeTextJobInput(
    string DisplayName,
    MultiLanguageAnalysisInput AnalysisInput,
    IReadOnlyList<CustomMultiLabelClassificationTask> Tasks);

internal sealed record MultiLanguageAnalysisInput(IReadOnlyList<TextDocumentInput> Documents);

internal sealed record TextDocumentInput(string Id, string Language, string Text);

internal sealed record CustomMultiLabelClassificationTask(
    string Kind,
    string TaskName,
    CustomMultiLabelClassificationParameters Parameters);

/// <param name="LoggingOptOut">True: the service does not keep the input text for troubleshooting.</param>
internal sealed record CustomMultiLabelClassificationParameters(
    string ProjectName,
    string DeploymentName,
    bool LoggingOptOut);

/// <summary>Body of <c>GET {endpoint}/language/analyze-text/jobs/{jobId}</c>.</summary>
internal sealed record AnalyzeTextJobState(
    string? JobId,
    string? Status,
    IReadOnlyList<ServiceError>? Errors,
    JobTasks? Tasks);

internal sealed record JobTasks(IReadOnlyList<JobTaskResult>? Items);

internal sealed record JobTaskResult(string? Kind, string? TaskName, string? Status, ClassificationResults? Results);

internal sealed record ClassificationResults(
    IReadOnlyList<ClassificationDocumentResult>? Documents,
    IReadOnlyList<DocumentError>? Errors);

internal sealed record ClassificationDocumentResult(
    string? Id,
    [property: JsonPropertyName("class")] IReadOnlyList<ClassificationResult>? Classes);

internal sealed record ClassificationResult(string? Category, double ConfidenceScore);

internal sealed record DocumentError(string? Id, ServiceError? Error);

/// <summary>Body of every error answer: <c>{ "error": { "code": …, "message": … } }</c>.</summary>
internal sealed record ErrorResponse(ServiceError? Error);

internal sealed record ServiceError(string? Code, string? Message);
