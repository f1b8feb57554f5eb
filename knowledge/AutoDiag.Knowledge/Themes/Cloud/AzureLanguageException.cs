using System.Net;

namespace AutoDiag.Knowledge.Themes.Cloud;

/// <summary>
/// Azure AI Language answered with an error (an HTTP error, a failed or cancelled job, a document error) or with
/// something this code cannot read. Never carries the analysed text.
/// </summary>
public sealed class AzureLanguageException : Exception
{
    public AzureLanguageException()
    {
    }

    public AzureLanguageException(string message)
        : base(message)
    {
    }

    public AzureLanguageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AzureLanguageException(
        string message, HttpStatusCode? statusCode, string? errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status of the answer at fault, when an answer was at fault.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's <c>error.code</c> (« Unauthorized », « InvalidArgument »…), when it gave one.</summary>
    public string? ErrorCode { get; }
}
