using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SopIngest.Core.Model;
using SopIngest.Web.Jobs;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Documents;

/// <summary>
/// Reading documents and the review actions the review UI builds on:
/// <code>
/// GET  /api/documents?status=&amp;unit=&amp;title=&amp;number=&amp;flag=&amp;skip=&amp;take=
/// GET  /api/documents/{id}                 state, reason, current result
/// GET  /api/documents/{id}/original        the uploaded file
/// GET  /api/documents/{id}/pages/{n}       page image n (PNG, 1-based)
/// POST /api/documents/{id}/requeue         a failed document, again
/// GET  /api/documents/{id}/revisions       every saved revision, with what changed
/// POST /api/documents/{id}/revisions       save a reviewed SOP as a new revision
/// POST /api/documents/{id}/approve
/// POST /api/documents/{id}/publish
/// GET  /api/documents/{id}/publications    published versions
/// </code>
/// </summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder app)
    {
        var documents = app.MapGroup("/api/documents");
        documents.MapGet("/", ListAsync);
        documents.MapGet("/{id:guid}", GetAsync);
        documents.MapGet("/{id:guid}/original", GetOriginalAsync);
        documents.MapGet("/{id:guid}/pages/{page:int}", GetPageAsync);
        documents.MapPost("/{id:guid}/requeue", RequeueAsync);
        documents.MapGet("/{id:guid}/revisions", GetRevisionsAsync);
        documents.MapPost("/{id:guid}/revisions", SaveRevisionAsync);
        documents.MapPost("/{id:guid}/approve", ApproveAsync);
        documents.MapPost("/{id:guid}/publish", PublishAsync);
        documents.MapGet("/{id:guid}/publications", GetPublicationsAsync);
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<DocumentSummary>>, ProblemHttpResult>> ListAsync(
        SopStore store, string? status, string? unit, string? title, string? number, string? flag, int? skip, int? take,
        CancellationToken cancellationToken)
    {
        DocumentStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!DocumentStatusNames.TryParse(status, out var parsed))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown status",
                    detail: $"'{status}' is not a status; use one of {string.Join(", ", DocumentStatusNames.All)}.");
            }
            wanted = parsed;
        }
        var query = new DocumentQuery
        {
            Status = wanted, Unit = unit, Title = title, Number = number, FlagCode = flag, Skip = skip ?? 0, Take = take ?? 100,
        };
        var found = await store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<DocumentSummary>>(found.Select(d => d.AsSummary()).ToList());
    }

    internal static async Task<Results<Ok<DocumentDetail>, NotFound>> GetAsync(Guid id, SopStore store, CancellationToken cancellationToken)
    {
        var document = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        var revision = document.CurrentRevision > 0
            ? await store.GetRevisionAsync(id, document.CurrentRevision, cancellationToken).ConfigureAwait(false)
            : null;
        return TypedResults.Ok(document.AsDetail(revision?.Json));
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetOriginalAsync(Guid id, SopStore store, IBlobStore blobs,
        CancellationToken cancellationToken)
    {
        var document = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        var blob = document is null ? null : await blobs.GetAsync(BlobKeys.Original(document.Sha256), cancellationToken).ConfigureAwait(false);
        return blob is null
            ? TypedResults.NotFound()
            : TypedResults.File(blob.Content.ToArray(), document!.MediaType, document.FileName);
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> GetPageAsync(Guid id, int page, SopStore store, IBlobStore blobs,
        CancellationToken cancellationToken)
    {
        var document = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (document is null || page < 1 || page > document.PageImages)
        {
            return TypedResults.NotFound();
        }
        var blob = await blobs.GetAsync(BlobKeys.PageImage(document.Sha256, page), cancellationToken).ConfigureAwait(false);
        return blob is null ? TypedResults.NotFound() : TypedResults.File(blob.Content.ToArray(), "image/png");
    }

    internal static async Task<Results<Accepted<DocumentSummary>, NotFound, ProblemHttpResult>> RequeueAsync(Guid id, SopStore store,
        DocumentQueue queue, CancellationToken cancellationToken)
    {
        var document = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return TypedResults.NotFound();
        }
        if (!await store.RequeueAsync(id, cancellationToken).ConfigureAwait(false))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not failed",
                detail: $"Document {id} is {document.Status.ToName()}; only a failed document can be queued again.");
        }
        var jobId = queue.Enqueue(id);
        await store.SetJobAsync(id, jobId, cancellationToken).ConfigureAwait(false);
        var queued = await store.FindAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Accepted($"/api/documents/{id}", queued!.AsSummary());
    }

    internal static async Task<Results<Ok<IReadOnlyList<RevisionView>>, NotFound>> GetRevisionsAsync(Guid id, SopStore store,
        CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        var revisions = await store.GetRevisionsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<RevisionView>>(revisions.Select(r => r.AsView()).ToList());
    }

    internal static async Task<Results<Created<RevisionView>, ProblemHttpResult>> SaveRevisionAsync(Guid id, SaveRevisionRequest request,
        SopStore store, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Author))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No author", detail: "Say who saves the revision ('author').");
        }
        SopDocument? sop;
        try
        {
            sop = JsonSerializer.Deserialize<SopDocument>(request.Sop.GetRawText(), SopJson.Options);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an SOP",
                detail: $"'sop' does not follow the SOP schema: {e.Message}");
        }
        if (sop is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not an SOP", detail: "'sop' is missing.");
        }
        try
        {
            var revision = await store.SaveRevisionAsync(id, sop, request.Author, request.Comment, request.BasedOnRevision, cancellationToken)
                .ConfigureAwait(false);
            return TypedResults.Created($"/api/documents/{id}/revisions", revision.AsView());
        }
        catch (StoreConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ApproveAsync(Guid id, ReviewActionRequest request, SopStore store,
        CancellationToken cancellationToken)
    {
        try
        {
            await store.ApproveAsync(id, request.Author, cancellationToken).ConfigureAwait(false);
            return TypedResults.NoContent();
        }
        catch (StoreConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
        catch (ArgumentException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No author", detail: e.Message);
        }
    }

    /// <summary>
    /// Publishes through the same publisher as the review page: error flags need an override reason, and the
    /// repository files (JSON, Markdown, print-ready HTML) are written for the new version.
    /// </summary>
    internal static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> PublishAsync(Guid id, ReviewActionRequest request,
        SopStore store, Publishing.SopPublisher publisher, HttpContext http, CancellationToken cancellationToken)
    {
        var author = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : request.Author;
        if (string.IsNullOrWhiteSpace(author))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No author",
                detail: "Say who publishes: sign in, or send an author.");
        }
        var outcome = await publisher.PublishAsync(id, author, request.OverrideReason, cancellationToken).ConfigureAwait(false);
        if (outcome.Published is not { } published)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not published", detail: outcome.Problem);
        }
        var publications = await store.GetPublicationsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(publications.Single(p => p.Version == published.Version).AsView());
    }

    internal static async Task<Results<Ok<IReadOnlyList<PublicationView>>, NotFound>> GetPublicationsAsync(Guid id, SopStore store,
        CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        var publications = await store.GetPublicationsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<PublicationView>>(publications.Select(p => p.AsView()).ToList());
    }
}
