using System.Net.Mime;
using AutoDiag.Knowledge.Participants;

namespace AutoDiag.Bot.Downloads;

public static class DownloadEndpoints
{
    /// <summary>
    /// GET /downloads/{token}: the document a link stands for. An altered, foreign or expired link, a participant
    /// gone, and a viewer who lost the right all read the same way from outside: no document, a French explanation.
    /// </summary>
    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignedDocumentLinks.RoutePrefix + "{token}", async (
            string token, SignedDocumentLinks links, ParticipantDirectory participants, DocumentGenerator generator,
            HttpResponse response, CancellationToken ct) =>
        {
            // The fiche is a web page made of what élus typed: it may show text and inline images, and run nothing.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";
            response.Headers.XContentTypeOptions = "nosniff";
            response.Headers.CacheControl = "no-store";
            response.Headers["Referrer-Policy"] = "no-referrer";

            if (links.Read(token) is not { } ticket)
            {
                return Explain(DownloadTexts.NotValid, StatusCodes.Status404NotFound);
            }
            if (links.IsExpired(ticket))
            {
                return Explain(DownloadTexts.Expired, StatusCodes.Status410Gone);
            }
            if (await participants.GetAsync(ticket.ParticipantId, ct) is not { } viewer)
            {
                return Explain(DownloadTexts.NotValid, StatusCodes.Status404NotFound);
            }

            try
            {
                var document = await generator.GenerateAsync(ticket.Kind, viewer, ticket.IntercommunalityId, ct);
                var disposition = new ContentDisposition { FileName = document.FileName, Inline = document.Inline };
                response.Headers.ContentDisposition = disposition.ToString();
                return Results.Bytes(document.Content, document.ContentType);
            }
            catch (AccessDeniedException)
            {
                return Explain(DownloadTexts.NotValid, StatusCodes.Status404NotFound);
            }
        });
        return app;
    }

    private static IResult Explain(string text, int status) =>
        Results.Text(text, "text/plain; charset=utf-8", statusCode: status);
}
