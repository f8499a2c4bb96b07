using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using SopIngest.Core.Model;
using SopIngest.Web.Jobs;
using SopIngest.Web.Review;
using SopIngest.Web.Storage;
using SopIngest.Web.Store;

namespace SopIngest.Web.Documents;

/// <summary>
/// Reading documents and the review actions the review UI builds on:
/// <code>
/// GET  /api/documents?status=&amp;unit=&amp;title=&amp;number=&amp;flag=&amp;q=&amp;sort=&amp;desc=&amp;skip=&amp;take=   (X-Total-Count: all matches)
/// GET  /api/documents/{id}                 state, reason, current result
/// GET  /api/documents/{id}/original        the uploaded file
/// GET  /api/documents/{id}/pages/{n}       page image n (PNG, 1-based)
/// POST /api/documents/{id}/requeue         a failed document, again
/// GET  /api/documents/{id}/revisions       every saved revision, with what changed
/// POST /api/documents/{id}/revisions       save a reviewed SOP as a new revision
/// POST /api/documents/{id}/approve
/// POST /api/documents/{id}/publish
/// POST /api/documents/{id}/sop             which published SOP this document is a revised version of
/// GET  /api/documents/{id}/publications    published versions
/// </code>
/// Saves, approvals and publications go through <see cref="ReviewService"/> (flags recomputed, the publish rule) and are
/// recorded under the signed-in user or the token's user (<see cref="Actor"/>), never a name from the body.
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
        documents.MapPost("/{id:guid}/sop", LinkAsync);
        documents.MapGet("/{id:guid}/publications", GetPublicationsAsync);
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<DocumentSummary>>, ProblemHttpResult>> ListAsync(
        SopStore store, HttpResponse response, string? status, string? unit, string? title, string? number, string? flag, string? q,
        string? sort, bool? desc, int? skip, int? take, CancellationToken cancellationToken)
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
        var order = DocumentSort.Uploaded;
        if (!string.IsNullOrWhiteSpace(sort) && !SortNames.TryGetValue(sort.Trim(), out order))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown sort",
                detail: $"'{sort}' is not an order; use one of {string.Join(", ", SortNames.Keys)}.");
        }
        var query = new DocumentQuery
        {
            Status = wanted, Unit = unit, Title = title, Number = number, FlagCode = flag, Text = q, Sort = order, Descending = desc ?? false,
            Skip = skip ?? 0, Take = take ?? 100,
        };
        var found = await store.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        response.Headers["X-Total-Count"] = (await store.CountAsync(query, cancellationToken).ConfigureAwait(false))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok<IReadOnlyList<DocumentSummary>>(found.Select(d => d.AsSummary()).ToList());
    }

    /// <summary>The API's words for <see cref="DocumentSort"/>.</summary>
    internal static readonly IReadOnlyDictionary<string, DocumentSort> SortNames = new Dictionary<string, DocumentSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["uploaded"] = DocumentSort.Uploaded, ["status"] = DocumentSort.Status, ["flags"] = DocumentSort.Flags,
    };

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

    /// <summary>
    /// Saves the SOP in the body as a new revision. Its flags are recomputed from its values (the body's are ignored),
    /// so the status and the publish rule never rest on what a client sent.
    /// </summary>
    internal static async Task<Results<Created<RevisionView>, ProblemHttpResult>> SaveRevisionAsync(Guid id, SaveRevisionRequest request,
        ReviewService review, HttpContext http, CancellationToken cancellationToken)
    {
        SopDocument? sop;
        try
        {
            sop = request.Sop.ValueKind == JsonValueKind.Object
                ? JsonSerializer.Deserialize<SopDocument>(request.Sop.GetRawText(), SopJson.Options)
                : null;
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
            var revision = await review.SaveAsync(id, sop, Actor.Of(http.User), request.Comment, request.BasedOnRevision, cancellationToken)
                .ConfigureAwait(false);
            return TypedResults.Created($"/api/documents/{id}/revisions", revision.AsView());
        }
        catch (StoreConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ApproveAsync(Guid id, ReviewService review, HttpContext http,
        CancellationToken cancellationToken)
    {
        try
        {
            await review.ApproveAsync(id, Actor.Of(http.User), cancellationToken).ConfigureAwait(false);
            return TypedResults.NoContent();
        }
        catch (StoreConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
    }

    /// <summary>
    /// Publishes through the same rules as the review page: error flags need an override reason (stored with the
    /// version), and the repository files (JSON, Markdown, print-ready HTML) are written for the new version.
    /// </summary>
    internal static async Task<Results<Ok<PublicationView>, ProblemHttpResult>> PublishAsync(Guid id, PublishRequest? request,
        ReviewService review, SopStore store, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await review.PublishAsync(id, Actor.Of(http.User), request?.OverrideReason, cancellationToken).ConfigureAwait(false);
        if (outcome.Published is not { } published)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not published", detail: outcome.Problem);
        }
        var publications = await store.GetPublicationsAsync(id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(publications.Single(p => p.Version == published.Version).AsView());
    }

    /// <summary>Makes the document a revised version of a published SOP (<c>{"sopId": "..."}</c>), or its own SOP (<c>{"sopId": null}</c>).</summary>
    internal static async Task<Results<Ok<DocumentSummary>, NotFound, ProblemHttpResult>> LinkAsync(Guid id, LinkRequest request,
        ReviewService review, SopStore store, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is null)
        {
            return TypedResults.NotFound();
        }
        try
        {
            await review.LinkAsync(id, request.SopId, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: e.Message);
        }
        return TypedResults.Ok((await store.FindAsync(id, cancellationToken).ConfigureAwait(false))!.AsSummary());
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
