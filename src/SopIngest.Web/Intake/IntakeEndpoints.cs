using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SopIngest.Web.Documents;
using SopIngest.Web.Store;

namespace SopIngest.Web.Intake;

/// <summary><c>POST /api/documents</c>: multipart upload, one or more parts named <c>files</c>.</summary>
public static class IntakeEndpoints
{
    private const int HeadBytes = 4096;

    public static IEndpointRouteBuilder MapIntake(this IEndpointRouteBuilder app)
    {
        // An API for scripts and the review UI's own upload form; antiforgery is for cookie-authenticated forms.
        app.MapPost("/api/documents", UploadAsync).DisableAntiforgery().WithName("UploadDocuments");
        return app;
    }

    /// <summary>
    /// All or nothing: when any file is refused the answer is a problem listing every refused file and nothing is
    /// ingested, so a client fixes its batch and sends it again (accepted files would only be found as duplicates).
    /// </summary>
    internal static async Task<Results<Accepted<UploadResponse>, ProblemHttpResult>> UploadAsync(
        HttpRequest request, IntakeService intake, IOptions<IntakeOptions> options, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Not a form upload",
                "Send multipart/form-data with one or more file parts named 'files'.");
        }
        var tooLarge = Problem(StatusCodes.Status413PayloadTooLarge, "Upload too large",
            $"The request is over the {options.Value.MaxRequestBytes / (1024 * 1024)} MB limit; send fewer or smaller files per request.");
        if (request.ContentLength > options.Value.MaxRequestBytes)
        {
            return tooLarge;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge; // Kestrel's body limit (chunked uploads without a length)
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return tooLarge; // FormOptions' multipart limit, the same number
        }
        catch (InvalidDataException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed upload", $"The multipart body could not be read: {e.Message}");
        }
        var files = form.Files.GetFiles("files");
        if (files.Count == 0)
        {
            return Problem(StatusCodes.Status400BadRequest, "No files",
                "The form has no file part named 'files'; add one part per document, each named 'files'.");
        }
        if (files.Count > options.Value.MaxFilesPerRequest)
        {
            return Problem(StatusCodes.Status400BadRequest, "Too many files",
                $"{files.Count} files in one request; send at most {options.Value.MaxFilesPerRequest} per request.");
        }

        var rejections = new List<IntakeRejection>();
        foreach (var file in files)
        {
            var head = await ReadHeadAsync(file, cancellationToken).ConfigureAwait(false);
            if (intake.Check(file.FileName, file.Length, head) is { } rejection)
            {
                rejections.Add(rejection);
            }
        }
        if (rejections.Count > 0)
        {
            var status = rejections.Select(r => r.StatusCode).Distinct().Count() == 1 ? rejections[0].StatusCode : StatusCodes.Status400BadRequest;
            return TypedResults.Problem(
                detail: string.Join(" ", rejections.Select(r => r.Message)),
                statusCode: status,
                title: rejections.Count == 1 ? "File refused" : $"{rejections.Count} files refused",
                extensions: new Dictionary<string, object?>
                {
                    ["errors"] = rejections.Select(r => new { file = r.FileName, message = r.Message }).ToList(),
                    ["accepted"] = 0,
                });
        }

        var accepted = new List<UploadedDocument>();
        foreach (var file in files)
        {
            var content = await ReadAllAsync(file, cancellationToken).ConfigureAwait(false);
            var outcome = await intake.AcceptAsync(file.FileName, content, cancellationToken).ConfigureAwait(false);
            var document = outcome.Document;
            accepted.Add(new UploadedDocument(document.Id, outcome.FileName, document.Sha256, document.Status.ToName(), outcome.Duplicate,
                outcome.Duplicate
                    ? $"Already uploaded as {document.FileName} (document {document.Id}); no new document was created."
                    : "Queued for extraction.",
                $"/api/documents/{document.Id}"));
        }
        return TypedResults.Accepted((string?)null, new UploadResponse(accepted));
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    private static async Task<byte[]> ReadHeadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var buffer = new byte[(int)Math.Min(file.Length, HeadBytes)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }

    private static async Task<byte[]> ReadAllAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var buffer = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer;
    }
}
